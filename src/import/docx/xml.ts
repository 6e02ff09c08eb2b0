import {SaxesParser} from 'saxes'

/** An element of a small XML part (numbering, styles, comments): name, attributes and children. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlNode[]
}

export type XmlNode = XmlElement | string

/** Handlers for streaming a large XML part (the document body) without building a tree. */
export interface XmlHandlers {
  open: (name: string, attributes: Record<string, string>) => void
  close: (name: string) => void
  text: (text: string) => void
  /** Called after each chunk of the part is parsed, with the share of the part read so far. */
  chunk?: (fraction: number) => void
}

/** How much of a large part is handed to the parser at a time, so that progress can be reported. */
const CHUNK = 1 << 20

/** Why an XML part could not be read: the parser's message and its line and column in the part. */
export class XmlSyntaxError extends Error {
  constructor(readonly part: string, reason: string) {
    super(`${part}: ${reason}`)
  }
}

/** Streams `xml` through `handlers` with a real XML parser (saxes): entities, CDATA and namespaces prefixes as written. */
export function streamXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser<{xmlns: false; position: true}>({xmlns: false, position: true})
  /** An error a handler threw (bad content in well-formed XML, such as a paragraph's unknown numbering): passed on as it is, never called malformed XML. */
  let fromHandler: {error: unknown} | undefined
  const guarded =
    <A extends unknown[]>(handler: (...args: A) => void) =>
    (...args: A): void => {
      try {
        handler(...args)
      } catch (error) {
        fromHandler = {error}
        throw error
      }
    }
  parser.on('opentag', guarded((tag) => handlers.open(tag.name, tag.attributes as Record<string, string>)))
  parser.on('closetag', guarded((tag) => handlers.close(tag.name)))
  parser.on('text', guarded(handlers.text))
  parser.on('cdata', guarded(handlers.text))
  try {
    if (!handlers.chunk) parser.write(xml)
    else {
      for (let offset = 0; offset < xml.length; ) {
        let end = Math.min(xml.length, offset + CHUNK)
        // Never split a surrogate pair between two chunks.
        const last = xml.charCodeAt(end - 1)
        if (last >= 0xd800 && last <= 0xdbff && end < xml.length) end++
        parser.write(xml.slice(offset, end))
        offset = end
        guarded(handlers.chunk)(offset / xml.length)
      }
    }
    parser.close()
  } catch (error) {
    if (fromHandler) throw fromHandler.error
    throw new XmlSyntaxError(part, (error as Error).message)
  }
}

/** Parses a small XML part into a tree. */
export function parseXmlTree(xml: string, part: string): XmlElement {
  const root: XmlElement = {name: '#root', attributes: {}, children: []}
  const stack: XmlElement[] = [root]
  streamXml(xml, part, {
    open: (name, attributes) => {
      const element: XmlElement = {name, attributes, children: []}
      stack[stack.length - 1]?.children.push(element)
      stack.push(element)
    },
    close: () => void stack.pop(),
    text: (text) => void stack[stack.length - 1]?.children.push(text)
  })
  const [first] = root.children.filter((child): child is XmlElement => typeof child !== 'string')
  if (!first) throw new XmlSyntaxError(part, 'no root element')
  return first
}

/** The child elements of `element` named `name`. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return (element?.children ?? []).filter((child): child is XmlElement => typeof child !== 'string' && child.name === name)
}

/** The first child element named `name`. */
export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return childrenNamed(element, name)[0]
}

/** The `w:val` attribute of the child named `name`. */
export function childValue(element: XmlElement | undefined, name: string): string | undefined {
  return childNamed(element, name)?.attributes['w:val']
}

/** Every text node under `element`, joined. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('')
}
