import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

export type FileRecord = paths['/api/files/{id}']['get']['responses'][200]['content']['application/json'];

/**
 * Uploads one file for a purpose. The API reads the multipart parts in order and needs `purpose`
 * before the file (it decides the allowed types and size before reading the content).
 */
export function uploadFile(purpose: string, file: File): Promise<FileRecord> {
  const form = new FormData();
  form.append('purpose', purpose);
  form.append('file', file, file.name);
  return unwrap(api.POST('/api/files', { body: form as never }));
}
