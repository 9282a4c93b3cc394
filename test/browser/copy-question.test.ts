import { expect, fixture, html, waitUntil } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import type { JgCopyQuestion } from '../../src/app/components/jg-copy-question'
import '../../src/app/components/jg-copy-question'

/** 复制's question (jg-copy-question), as a keyboard and a screen reader meet it. */
describe('the copy question is a titled dialog worked from the keyboard', () => {
  let el: JgCopyQuestion
  const dialog = () => el.shadowRoot!.querySelector('dialog')!
  const focused = () => el.shadowRoot!.activeElement

  beforeEach(async () => {
    el = await fixture<JgCopyQuestion>(html`<jg-copy-question></jg-copy-question>`)
  })

  it('is a modal dialog named by its title and described by the question, with the safe answer focused', async () => {
    const answer = el.ask('县人社局2027年工作会议讲话')
    await waitUntil(() => dialog().open, 'the question did not open')
    const d = dialog()
    expect(d.getAttribute('role') ?? d.localName).to.equal('dialog')
    expect(d.matches(':modal')).to.equal(true)
    const title = el.shadowRoot!.getElementById(d.getAttribute('aria-labelledby') ?? '')
    expect(title?.textContent).to.equal('复制草稿')
    const described = el.shadowRoot!.getElementById(d.getAttribute('aria-describedby') ?? '')
    expect(described?.textContent).to.contain('县人社局2027年工作会议讲话')
    expect(focused()?.className).to.equal('trial')
    await sendKeys({ press: 'Escape' })
    expect(await answer).to.equal(null)
    expect(dialog().open).to.equal(false)
  })

  it('Tab moves between the answers and Enter gives the one focused', async () => {
    const answer = el.ask('稿')
    await waitUntil(() => dialog().open, 'the question did not open')
    // From 试改稿 (last) back to 正式副本.
    await sendKeys({ down: 'Shift' })
    await sendKeys({ press: 'Tab' })
    await sendKeys({ up: 'Shift' })
    expect(focused()?.className).to.equal('shared')
    await sendKeys({ press: 'Enter' })
    expect(await answer).to.equal('shared')
  })
})
