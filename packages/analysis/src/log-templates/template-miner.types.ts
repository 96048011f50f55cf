/** Settings of a template miner; the defaults suit every loghub system alike. */
export interface TemplateMinerOptions {
  /**
   * Depth of the parse tree as in Drain, counting the root, the token-count layer and the
   * leaves: 5 (the default) routes messages by their first two tokens, 4 by the first only.
   * Messages whose routing tokens differ (and hold no digits) never share a template. 3 to 16.
   */
  depth?: number;
  /**
   * Share (0–1) of a template's constant tokens that a message of the same length must repeat
   * to join it; default 0.73 (three of four, six of eight). Wildcard positions are not counted,
   * so a template does not attract more messages as it gains wildcards.
   */
  similarityThreshold?: number;
  /** Children per tree node before new tokens go to the wildcard branch; default 100. */
  maxChildren?: number;
  /** Mask numbers, hex, IPs, UUIDs and paths before matching; default true. */
  maskVariables?: boolean;
}

/** The template a message was assigned to. */
export interface TemplateMatch {
  /** Stable for the life of the miner, even as the template gains wildcards (`T1`, `T2`, …). */
  readonly templateId: string;
  /** The template: tokens joined by one space, variable parts as `<*>`. */
  readonly template: string;
}

/** A template with the number of messages assigned to it so far. */
export interface TemplateSummary extends TemplateMatch {
  readonly count: number;
}

/** An online log template miner; see `createTemplateMiner`. */
export interface TemplateMiner {
  /**
   * Assigns `message` (the content part of a log line) to a template, creating one if needed.
   * With `from`, only `message[from…]` counts: pass a whole line and its `contentStart` (see
   * `createLogLineScanner`) to mine it without slicing the message off first.
   */
  add(message: string, from?: number): TemplateMatch;
  /** Every template so far, in the order they were first seen. */
  templates(): TemplateSummary[];
}
