// Maps `@tarojs/taro` to the real H5 implementation with the React hooks wired to a React instance.
// Mapping straight to @tarojs/taro-h5 breaks the default import and the hooks (see ../shared/docs/setup-notes.md).
const React = require('react')
const ReactDOM = require('react-dom')
const h5 = require('@tarojs/taro-h5')
const fw = require('@tarojs/plugin-framework-react/dist/runtime')

fw.createH5NativeComponentConfig(null, React, ReactDOM)
const hooks = Object.fromEntries(Object.entries(fw).filter(([k]) => /^use[A-Z]/.test(k)))
const taro = Object.assign(h5.default, h5, hooks)
module.exports = taro
module.exports.default = taro
