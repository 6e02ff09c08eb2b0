import type {CheckReport} from '../check-versions.js'
import {github} from './github.js'
import {json} from './json.js'
import {junit} from './junit.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'

export {github, escapeData, escapeProperty} from './github.js'
export {json, toJson, type JsonMessage} from './json.js'
export {junit, escapeXml} from './junit.js'
export {sarif} from './sarif.js'
export {stylish} from './stylish.js'

/** The output formats of `redline check`. */
export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const
export type Format = (typeof FORMATS)[number]

export interface ReportOptions {
  color?: boolean
  verbose?: boolean
  frail?: boolean
  toolVersion?: string
}

/** Renders a report in one of the formats; each format is a pure function of the report. */
export function formatReport(report: CheckReport, format: Format, options: ReportOptions = {}): string {
  switch (format) {
    case 'stylish':
      return stylish(report, options)
    case 'json':
      return json(report)
    case 'sarif':
      return sarif(report, options)
    case 'github':
      return github(report)
    case 'junit':
      return junit(report, options)
  }
}
