import * as fs from 'node:fs/promises';
import path from 'node:path';

/** The app is served from its own origin, never file://. */
export const appScheme = 'app';
export const appHost = 'waypoint';
export const appOrigin = `${appScheme}://${appHost}`;

/**
 * No network: no connect-src anywhere, no remote scripts, styles, fonts or images. Inline style
 * attributes are allowed because charts position elements with them; inline scripts are not.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

export interface AppAssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Answers a request for the built renderer. Any path that would leave the renderer folder, and
 * anything not found, is a 404; every answer carries the CSP.
 */
export async function readAppAsset(rendererRoot: string, pathname: string): Promise<AppAssetResponse> {
  const root = path.resolve(rendererRoot);
  const headers = { 'content-security-policy': contentSecurityPolicy, 'x-content-type-options': 'nosniff' };
  const notFound = {
    status: 404,
    headers: { ...headers, 'content-type': 'text/plain' },
    body: Buffer.from('Not found'),
  };
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return notFound;
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  const file = path.resolve(root, `.${path.posix.normalize(relative)}`);
  if (!file.startsWith(root + path.sep)) return notFound;
  try {
    const body = await fs.readFile(file);
    const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, headers: { ...headers, 'content-type': type }, body };
  } catch {
    return notFound;
  }
}
