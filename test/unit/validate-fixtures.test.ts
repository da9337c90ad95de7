// Every fixture as a user reads it: with the fast reader, positions found only for the paths with findings.
import { describeFixtures } from '../helpers/fixture-suite.js';

describeFixtures();
