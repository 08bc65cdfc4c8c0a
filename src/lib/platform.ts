/** Build-time platform flags. `process.env.TARO_ENV` is replaced at build time, so dead branches vanish. */
export const isWeapp = process.env.TARO_ENV === 'weapp'
export const isH5 = process.env.TARO_ENV === 'h5'
