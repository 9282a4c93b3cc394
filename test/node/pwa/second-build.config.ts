// The app's build config with one statement more in the entry: "a new build is served".
import { defineConfig, mergeConfig, type UserConfig } from 'vite'
import appConfig from '../../../vite.config'

export default defineConfig((env) =>
  mergeConfig((appConfig as (e: typeof env) => UserConfig)(env), {
    plugins: [
      {
        name: 'second-build',
        // A statement, not a comment: the minifier keeps it, so the entry's contents and name change.
        transform: (code: string, id: string) =>
          id.endsWith('/src/app/main.ts') ? `${code}\n;globalThis.__jianggaoSecondBuild = true\n` : null,
      },
    ],
  }),
)
