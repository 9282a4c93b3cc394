// Keyboard only (tryout 9, finding 11): 从备份恢复… and 导入 CSV are reached with Tab (they were
// labels over hidden file inputs), and a draft made with Enter on 新建 takes the keyboard in its
// speech, not on the page body ten Tabs away.
import { expect, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import { editorPage, library, mountApp, openDraftOf, showFigures, SPEECH } from './helpers'
import { importText } from '../../src/core/import'

/** The element that has the focus, looked for through shadow roots. */
function focused(): Element | null {
  let el = document.activeElement
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
  return el
}

describe('reaching the page with the keyboard', () => {
  let env: Awaited<ReturnType<typeof mountApp>>
  beforeEach(async () => {
    env = await mountApp()
  })
  afterEach(async () => {
    await env.dispose()
  })

  it('Enter on 新建 opens the draft with the caret in its speech, where typing goes', async () => {
    const lib = await library(env.app)
    lib.shadowRoot!.querySelector<HTMLButtonElement>('li[data-template="generic-annual"] button.new')!.focus()
    await sendKeys({ press: 'Enter' })
    const page = await editorPage(env.app)
    const view = page.editor!.editorView!
    await waitUntil(() => view.hasFocus(), 'the speech does not have the keyboard')
    await sendKeys({ type: 'ABC' })
    expect(view.state.doc.textContent).to.contain('ABC')
  })

  it('Tab reaches 从备份恢复… after 备份, and Enter on it opens the file dialog', async () => {
    const lib = await library(env.app)
    const backup = lib.shadowRoot!.querySelector('jg-backup')!
    backup.shadowRoot!.querySelector<HTMLButtonElement>('button.backup')!.focus()
    await sendKeys({ press: 'Tab' })
    expect(focused()?.textContent).to.equal('从备份恢复…')
    const input = backup.shadowRoot!.querySelector<HTMLInputElement>('input.restore')!
    let opened = false
    input.addEventListener('click', (e) => {
      // The file dialog itself is the browser's; the input's click is what opens it.
      e.preventDefault()
      opened = true
    })
    await sendKeys({ press: 'Enter' })
    expect(opened).to.equal(true)
  })

  it('Tab reaches 导入 CSV in the figures panel', async () => {
    const { page } = await openDraftOf(env, importText(SPEECH).doc)
    const panel = await showFigures(page)
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button.fill')!.focus()
    await sendKeys({ press: 'Tab' })
    expect(focused()?.classList.contains('choose-csv')).to.equal(true)
  })
})
