// The common form of a web address (`http://` or `https://`, a host name, a port, a path, a query, a fragment),
// every one of which ajv-formats' full `uri` pattern accepts: a subset of its alternatives, with the same character
// classes. build-validators.mjs has the compiled validators try it first, so the full pattern (whose compilation,
// on its first use in a process, costs about 9 ms) runs only for other addresses. test/unit/common-uri.test.ts
// checks that it accepts nothing the full pattern refuses.
export const COMMON_URI =
  /^https?:\/\/(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
