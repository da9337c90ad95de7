import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basename } from '../../src/text/file-name.js';

describe('basename (core code names files without node:path)', () => {
  it.each(['a.yaml', 'dir/a.yaml', '/abs/dir/a.yaml', './x/y.yaml', 'dir/', 'a/b//', '/', ''])(
    'agrees with node:path on %j',
    (path) => {
      expect(basename(path)).toBe(posix.basename(path));
    },
  );

  it('also takes the file name of a Windows path', () => {
    expect(basename('C:\\work\\answers.yaml')).toBe('answers.yaml');
  });
});
