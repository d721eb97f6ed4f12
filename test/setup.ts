// Every test file leaves no temporary folder behind, whatever its tests did.
import { afterAll } from 'vitest';
import { configureLogs } from '../core/log.js';
import { removeTempDataDirs } from './support.js';

// Servers started in a test process write no log lines into the test report (test/logs.test.ts
// captures them itself); `LOG_LEVEL=info npx vitest run …` shows them when debugging.
if (!process.env.LOG_LEVEL) configureLogs({ level: 'silent' });

afterAll(removeTempDataDirs);
