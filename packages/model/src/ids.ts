import { z } from 'zod';
import { documentLimits } from './limits.js';

/** A stable identifier: letters, digits and `._:-`, starting with a letter or digit. */
export const idSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/, {
  message: 'Expected an id of letters, digits and . _ : - (at most 200 characters)',
});

/**
 * An http(s) URL in ASCII, as JSON Schema's `uri` format reads it: spaces percent-encoded,
 * international domain names in punycode; at most `documentLimits.urlLength` (2048) characters.
 */
export const httpUrlSchema = z
  .httpUrl()
  .max(documentLimits.urlLength)
  .regex(/^[\x21-\x7E]+$/, {
    message: 'Use an ASCII URL: percent-encode spaces, write international domains in punycode',
  });
