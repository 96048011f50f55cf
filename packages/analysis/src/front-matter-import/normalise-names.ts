/** Lower-case words joined by `-`, keeping only the characters tags and services allow. */
function slug(text: string, allowed: RegExp): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(allowed, '-')
    .replace(/[-._:/]*-[-._:/]*/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}

/**
 * A free-form keyword as a tag (`[a-z0-9][a-z0-9:._/-]*`, at most 50 characters), or null when
 * nothing is left. Example: `"US East"` → `"us-east"`.
 */
export function toTag(text: string): string | null {
  const tag = slug(text, /[^a-z0-9:._/]+/g)
    .slice(0, 50)
    .replace(/[^a-z0-9]+$/, '');
  return tag === '' ? null : tag;
}

/**
 * A service name from its parts (`[a-z0-9][a-z0-9._-]*`, at most 100 characters); a part that
 * repeats the one before it is dropped. Example: `["Gitlab", "GitLab .com"]` → `"gitlab-com"`.
 */
export function toServiceName(parts: string[]): string | null {
  const slugs: string[] = [];
  for (const part of parts) {
    const value = slug(part, /[^a-z0-9._]+/g);
    if (value === '') continue;
    const previous = slugs.at(-1);
    if (previous !== undefined && value.startsWith(previous)) {
      slugs[slugs.length - 1] = value;
      continue;
    }
    slugs.push(value);
  }
  const name = slug(slugs.join('-').slice(0, 100), /[^a-z0-9._]+/g);
  return name === '' ? null : name;
}
