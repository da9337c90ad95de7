// The Handlebars runtime (no compiler): what renders precompiled templates. The package's own runtime.d.ts exports
// nothing, so its type is declared here: the runtime is the full Handlebars without compile and precompile.
declare module 'handlebars/dist/cjs/handlebars.runtime.js' {
  import type Handlebars from 'handlebars';

  const runtime: typeof Handlebars;
  export default runtime;
}
