/**
 * Reads one secret line from stdin: piped (`echo … | aftermath …`) or typed at a prompt, so a
 * password need not sit in shell history. A typed line is not echoed back.
 */
export async function readSecretLine(prompt: string): Promise<string> {
  const input = process.stdin;
  if (input.isTTY) {
    process.stderr.write(prompt);
    input.setRawMode(true);
  }
  let text = '';
  try {
    for await (const chunk of input) {
      text += (chunk as Buffer).toString('utf8');
      if (text.includes('\u0003')) throw new Error('cancelled');
      if (input.isTTY && /[\r\n]/.test(text)) break;
    }
  } finally {
    if (input.isTTY) {
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
    }
  }
  return text.split(/\r?\n|\r/)[0] ?? '';
}
