// Each component test starts with empty device storage.
beforeEach(() => {
  window.localStorage.clear()
})
