// The ALTCHA widget, CSP-strict build (wwwroot/lib/altcha, vendored by scripts/vendor-altcha.sh):
// its translations, and its SHA worker started from our own origin rather than a blob: URL.
import '../lib/altcha/altcha.min.js';
import '../lib/altcha/i18n/vi.js';
import '../lib/altcha/i18n/en.js';

const worker = new URL('../lib/altcha/workers/sha.js', import.meta.url);
for (const algorithm of ['SHA-256', 'SHA-384', 'SHA-512']) {
    globalThis.$altcha.algorithms.set(algorithm, () => new Worker(worker));
}
