/**
 * The escapers live in `src/escape/`, one module per target; this module only keeps the names
 * the renderers have long imported.
 */
export {visibleText} from '../escape/terminal.js'
export {escapeHtml} from '../escape/html.js'
