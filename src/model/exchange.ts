/** One HTTP request and its response, as kept for evidence: secrets are already redacted. */
export interface Exchange {
  request: {
    method: string;
    url: string;
    headers: Record<string, string>;
    body?: string;
  };
  response?: {
    status: number;
    headers: Record<string, string | string[]>;
    body: string;
    bodyTruncated: boolean;
  };
  /** Why no response came back (timeout, refused connection). */
  transportError?: string;
  startedAt: string;
  durationMs: number;
  /** The request as a curl command line; secrets appear as $MM_PASSWORD and $MM_TOKEN. */
  curl: string;
}
