/**
 * Elements a component reaches for, checked instead of asserted: an event's target of the kind
 * its handler was bound to, an element its own render method draws. A miss is a bug in the
 * component, and the error says which element was expected.
 */

type ElementKind<E extends Element> = abstract new (...args: never[]) => E

/** The element an event was dispatched at, of the kind the handler's element is: `targetOf(e, HTMLInputElement).value`. */
export function targetOf<E extends Element>(e: Event, kind: ElementKind<E>): E {
  if (e.target instanceof kind) return e.target
  throw new TypeError(`A ${e.type} event came from ${String(e.target)}, not from an element of the kind ${kind.name}.`)
}

/** The element the handler is bound to, of its kind. */
export function currentTargetOf<E extends Element>(e: Event, kind: ElementKind<E>): E {
  if (e.currentTarget instanceof kind) return e.currentTarget
  throw new TypeError(
    `A ${e.type} handler is bound to ${String(e.currentTarget)}, not to an element of the kind ${kind.name}.`,
  )
}

/** An element the component's render method always draws (a dialog, a confirm box), found in its render root. */
export function rendered<K extends keyof HTMLElementTagNameMap>(root: ParentNode, selector: K): HTMLElementTagNameMap[K]
export function rendered<E extends Element>(root: ParentNode, selector: string, kind: ElementKind<E>): E
export function rendered(root: ParentNode, selector: string, kind?: ElementKind<Element>): Element {
  const el = root.querySelector(selector)
  if (el && (!kind || el instanceof kind)) return el
  throw new Error(`The component has not rendered ${selector}${kind ? ` as ${kind.name}` : ''}.`)
}
