// Loaded with `node --import`: logs the URL of every module the process loads to the file in MODULE_LOG.
import { register } from 'node:module';

register(new URL('./hooks.mjs', import.meta.url));
