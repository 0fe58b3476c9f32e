/** "Chrome on Linux" from a User-Agent header: enough to recognise one's own devices. */
export function describeUserAgent(userAgent: string | null | undefined): string {
  if (!userAgent) return 'Unknown device';
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /OPR\//.test(userAgent)
    ? 'Opera'
    : /Firefox\//.test(userAgent)
    ? 'Firefox'
    : /Chrom(e|ium)\//.test(userAgent)
    ? 'Chrome'
    : /Safari\//.test(userAgent)
    ? 'Safari'
    : /curl|node|undici|python|Go-http/i.test(userAgent)
    ? 'Script'
    : 'Browser';
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad|iOS/.test(userAgent)
    ? 'iOS'
    : /Windows/.test(userAgent)
    ? 'Windows'
    : /Mac OS X|Macintosh/.test(userAgent)
    ? 'macOS'
    : /Linux|X11/.test(userAgent)
    ? 'Linux'
    : null;
  return system ? `${browser} on ${system}` : browser;
}
