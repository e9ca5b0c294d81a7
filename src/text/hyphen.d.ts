// The factory by its file (@types/hyphen types it as the package's main, `hyphen`).
declare module 'hyphen/hyphen.js' {
  import hyphen from 'hyphen';
  export default hyphen;
}
