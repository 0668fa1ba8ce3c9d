// WID-4: the widget's formatText() against the vectors common/formatting.cpp is tested with
// (tests/data/formatting-vectors.json), so the widget and papo-desk keep one set of rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const widget = readFileSync(`${root}/server/widget/js/10-core.js`, 'utf8');
const { vectors } = JSON.parse(readFileSync(`${root}/tests/data/formatting-vectors.json`, 'utf8'));

// The formatting section of the widget (server/widget/js/10-core.js), as the page runs it.
const begin = widget.indexOf('// ---- Formatting (WID-4)');
const end = widget.indexOf('// ---- Storage');
assert.ok(begin > 0 && end > begin, '10-core.js keeps its formatting section');
const formatText = new Function(`${widget.slice(begin, end)}\nreturn formatText;`)();

test('there are vectors to check', () => assert.ok(vectors.length > 20));
for (const vector of vectors) {
  test(vector.name, () => assert.equal(formatText(vector.text), vector.html));
}
test('the same text twice gives the same HTML (no state kept between calls)', () => {
  const text = 'veja https://a.example/x e **b**';
  assert.equal(formatText(text), formatText(text));
});
