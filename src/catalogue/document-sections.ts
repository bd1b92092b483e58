/**
 * The section anchors of a Markdown document, as GitHub renders them: a heading's text, lower
 * case, stripped of punctuation but hyphens, spaces turned into hyphens.
 */
export function sectionAnchors(markdown: string): string[] {
  const anchors: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    const heading = inFence ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1]) anchors.push(slug(heading[1]));
  }
  return anchors;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}
