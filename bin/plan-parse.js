#!/usr/bin/env node
// The plan-parse command. The bundle is built by `npm ci` / `npm install` (the prepare script).
import '../dist/cli.js';
