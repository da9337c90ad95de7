import { describeFixtures } from '../helpers/fixture-suite.js';

describeFixtures();
