#!/usr/bin/env node
import {main} from '../dist/cli/main.js'

// A reader that stops reading (`redline diff … | head`) ends the output quietly, as git does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

process.exitCode = await main(process.argv)
