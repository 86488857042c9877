// A bulletin's identity: the hex SHA-256 of its raw bytes (ingest is idempotent on it).
import { createHash } from 'node:crypto';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
