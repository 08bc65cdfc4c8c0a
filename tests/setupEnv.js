process.env.TARO_ENV = process.env.TARO_ENV || 'h5'
process.env.TARO_PLATFORM = process.env.TARO_PLATFORM || 'web'
process.env.TARO_APP_API = process.env.TARO_APP_API || 'mock'
process.env.TARO_APP_DEMO = process.env.TARO_APP_DEMO || 'on'
