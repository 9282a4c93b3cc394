// What `import text from './file.txt?raw'` gives (Vite, and scripts/build-cli.mjs for the CLI): the file's text.
// The app's tsconfig has this from vite/client; tsconfig.core.json, which has no Vite types, from here.
declare module '*?raw' {
  const text: string
  export default text
}
