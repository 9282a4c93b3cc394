/**
 * App-wide settings on the editor page (speaking rate, the checks' limits and phrase list): read
 * checked from the store (a bad field falls back to its default and the page says so), changed
 * and saved here. A Lit ReactiveController; its host re-renders when they change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { DEFAULT_SETTINGS, type Settings } from '../core/settings'
import { storageMessage, type Store } from './store/db'
import { zh } from '../i18n/zh'

export class SettingsController implements ReactiveController {
  settings: Settings = DEFAULT_SETTINGS
  /** What went wrong reading or saving them, for the page to show. */
  message = ''

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => Store,
    private readonly changed: (settings: Settings) => void,
  ) {
    host.addController(this)
  }

  hostConnected() {}

  async load() {
    const { settings, reset } = await this.store().getCheckedSettings()
    this.settings = settings
    this.message = reset.length ? zh.session.settingsReset(reset) : ''
    this.changed(settings)
    this.host.requestUpdate()
  }

  async update(change: Partial<Settings>) {
    this.settings = { ...this.settings, ...change }
    this.changed(this.settings)
    this.host.requestUpdate()
    try {
      await this.store().saveSettings(this.settings)
    } catch (e) {
      this.message = zh.settingsNotSaved(storageMessage(e))
      this.host.requestUpdate()
    }
  }
}
