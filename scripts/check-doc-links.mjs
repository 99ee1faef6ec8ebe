// Checks that every relative link in README.md and docs/ names a file that exists and, with a
// `#fragment`, a heading that file has (GitHub's anchor rules). Part of `npm run lint`, so a
// moved section or renamed file fails CI instead of leaving a reader at a dead link.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');

const markdownFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(markdown) {
  const seen = new Map();
  const anchors = new Set();
  for (const line of withoutCodeBlocks(markdown).split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = heading[1]
      .replace(/`/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

const withoutCodeBlocks = (markdown) => markdown.replace(/^```[\s\S]*?^```/gm, '');

function brokenLinks(file) {
  const text = withoutCodeBlocks(readFileSync(file, 'utf8')).replace(/`[^`\n]*`/g, '');
  const broken = [];
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    if (/^[a-z][a-z+.-]*:/i.test(target)) continue;
    const [path, fragment] = target.split('#');
    const resolved = path ? resolve(dirname(file), decodeURIComponent(path)) : file;
    if (!existsSync(resolved)) {
      broken.push(`${target}: no such file`);
      continue;
    }
    if (fragment && statSync(resolved).isFile()) {
      if (!anchorsOf(readFileSync(resolved, 'utf8')).has(fragment)) {
        broken.push(`${target}: no heading #${fragment}`);
      }
    }
  }
  return broken;
}

const files = [join(root, 'README.md'), ...markdownFiles(join(root, 'docs'))];
const problems = files.flatMap((file) =>
  brokenLinks(file).map((problem) => `${relative(root, file)}: ${problem}`),
);
if (problems.length > 0) {
  console.error(`Broken links in the docs:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`docs: ${files.length} files, every relative link resolves`);
