// Every test file leaves no temporary folder behind, whatever its tests did.
import { afterAll } from 'vitest';
import { removeTempDataDirs } from './support.js';

afterAll(removeTempDataDirs);
