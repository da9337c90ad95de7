// The interview's save against a plain atomic write of the same bytes, measured by bench/save.mjs (the save
// helper's module: measureSave(root, work, sizes, runs) -> { rows, ratios }). The one place that calls it.
import { join } from 'node:path';
import { median, range, table, times } from './markdown.mjs';

/** Returns { ratios: [{ size, ratio }], markdown } or { failed: why }. */
export async function runSave({ root, work, config, log }) {
  let measureSave;
  try {
    ({ measureSave } = await import('./save.mjs'));
  } catch (error) {
    return { failed: `bench/save.mjs not importable: ${error.message}` };
  }
  log(`save: sizes ${config.sizes.join(', ')}, ${config.runs} runs`);
  let measured;
  try {
    measured = await measureSave(root, join(work, 'save'), config.sizes, config.runs);
  } catch (error) {
    return { failed: `measureSave failed: ${error.message}` };
  }
  const row = (name) => measured.rows.find((r) => r.name === name);
  const ratios = config.sizes.map((size) => {
    const save = row(`save ${size}`);
    const write = row(`atomic write ${size}`);
    const given = measured.ratios?.find((r) => r.size === size)?.ratio;
    return { size, save, write, ratio: given ?? (save && write ? save.median / write.median : undefined) };
  });
  const markdown = table(
    [
      ['answers', 'r'],
      ['save median ms', 'r'],
      ['save min-max ms', 'r'],
      ['atomic write median ms', 'r'],
      ['atomic write min-max ms', 'r'],
      ['× atomic write', 'r'],
    ],
    ratios.map((r) => [
      r.size,
      median(r.save),
      range(r.save),
      median(r.write),
      range(r.write),
      times(r.ratio),
    ]),
  );
  return { ratios, markdown };
}
