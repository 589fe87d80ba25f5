import { MAX_UPLOAD_BYTES, type FilePurposes } from '../../platform/files/purposes';

export const OPEN_DATA_PURPOSE = 'open_data';

/**
 * The bulk-download files: generated only, public content. They leave through /api/public/open-data
 * (which needs no login); the owner policy admits any signed-in user to the file record as well.
 * JSON is stored as text: the content check knows no JSON type, and the download route names it.
 */
export function registerOpenDataPurpose(purposes: FilePurposes): void {
  purposes.register({
    name: OPEN_DATA_PURPOSE,
    label: '开放数据',
    types: ['csv', 'txt'],
    maxBytes: MAX_UPLOAD_BYTES,
    uploadPermission: null,
    canRead: () => true,
  });
}
