import sharp from 'sharp';
import type { Kysely } from 'kysely';
import {
  ACTIVITY_PHOTOS_MAX,
  ACTIVITY_PHOTO_MAX_BYTES,
  ACTIVITY_PHOTO_PURPOSE,
  ACTIVITY_PHOTO_SIDE,
  ACTIVITY_THUMB_SIDE,
  coverPhotoOf,
  type TActivityPhoto,
  type TActivityPhotoPatch,
} from '@shezu/contracts';
import type { DB } from '../../../db/schema';
import type { Actor, AuthUser } from '../../../platform/auth/auth-user';
import { authorize } from '../../../platform/auth/authorize';
import { AppError } from '../../../platform/errors';
import type { ActivitiesDeps } from '../activities-deps';
import { ActivitiesRepository, type ActivityRow, type PhotoRow } from './activities.repository';
import { activityResource, type ActivitiesService } from './activities.service';

/** Decoded formats we take (sniffed from the bytes by sharp, never from the name). */
const IMAGE_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif', 'avif', 'gif', 'tiff']);
/** A decompression bomb guard: 100 megapixels is more than any phone camera. */
const MAX_PIXELS = 100_000_000;
/** Photos can be added and changed until the bureau has them for review or they are public. */
const FROZEN = new Set(['awaiting_review', 'published', 'cancelled']);

export const NOT_AN_IMAGE = '只能上传照片（JPG、PNG、WEBP、HEIC 格式），该文件不是可识别的图片';

export function presentPhoto(p: PhotoRow): TActivityPhoto {
  return {
    id: p.id,
    url: `/api/files/${p.fileId}/content?inline=true`,
    thumbUrl: `/api/files/${p.thumbFileId ?? p.fileId}/content?inline=true`,
    width: p.width,
    height: p.height,
    caption: p.caption,
    showsMinors: p.showsMinors,
  };
}

const HEIC_NOT_DECODED = '暂不支持该 HEIC 照片，请在手机相机设置中选择“兼容性最佳”或转为 JPG 后上传';

/** An HEIC (HEVC) picture by its ftyp brand, so a phone's photo gets the HEIC answer even if sharp cannot read it. */
export function isHeic(bytes: Buffer): boolean {
  return bytes.toString('latin1', 4, 8) === 'ftyp' && /^he(ic|ix|vc|vx|im|is)$/.test(bytes.toString('latin1', 8, 12));
}

/** Re-encodes one photo: turned upright, resized, JPEG without any metadata (sharp drops EXIF and GPS). */
export async function processPhoto(bytes: Buffer) {
  let format: string | undefined;
  try {
    format = (await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata()).format;
  } catch {
    format = undefined;
  }
  if (!format && isHeic(bytes))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', HEIC_NOT_DECODED, { file: HEIC_NOT_DECODED });
  if (!format || !IMAGE_FORMATS.has(format))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', NOT_AN_IMAGE, { file: NOT_AN_IMAGE });
  const encode = (side: number, quality: number) =>
    sharp(bytes, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
  try {
    const [full, thumb] = [await encode(ACTIVITY_PHOTO_SIDE, 82), await encode(ACTIVITY_THUMB_SIDE, 75)];
    return { full: full.data, width: full.info.width, height: full.info.height, thumb: thumb.data };
  } catch {
    // The prebuilt sharp decodes AVIF but not every HEIC (HEVC) a phone takes.
    const message = format === 'heif' || isHeic(bytes) ? HEIC_NOT_DECODED : '照片已损坏或无法解码，请换一张';
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', message, { file: message });
  }
}

/**
 * Photos of an activity: uploaded by the organization, re-encoded before they are kept (no EXIF, no location),
 * at most ACTIVITY_PHOTOS_MAX. The cover is the first photo not showing minors (those are never published).
 */
export class ActivityPhotosService {
  constructor(
    private readonly deps: ActivitiesDeps,
    private readonly activities: ActivitiesService,
  ) {
    deps.files.purposes.register({
      name: ACTIVITY_PHOTO_PURPOSE,
      label: '活动照片',
      types: ['jpg'],
      maxBytes: ACTIVITY_PHOTO_MAX_BYTES,
      // Stored by this service after re-encoding, never uploaded as they are.
      uploadPermission: null,
      canRead: async (user, _owner, file) => {
        const a = await new ActivitiesRepository(deps.db).activityOfFile(file.id);
        return !!a && authorize(user, 'activities.read', activityResource(a)).allowed;
      },
    });
  }

  async add(
    user: AuthUser,
    actor: Actor,
    activityId: number,
    input: { bytes: Buffer; caption?: string | null; showsMinors?: boolean },
  ): Promise<TActivityPhoto> {
    await this.activities.load(user, activityId).then((a) => this.editable(user, a));
    const img = await processPhoto(input.bytes);
    const id = await this.deps.db.transaction().execute(async (trx) => {
      const a = await this.activities.loadOwn(user, activityId, trx);
      this.editable(user, a);
      const repo = new ActivitiesRepository(trx);
      const photos = await repo.photos(a.id);
      if (photos.length >= ACTIVITY_PHOTOS_MAX)
        throw new AppError('CONFLICT', `每个活动最多${ACTIVITY_PHOTOS_MAX}张照片`, { file: '照片数量已达上限' });
      const owner = { type: 'activity', id: String(a.id) };
      const store = (name: string, body: Buffer) =>
        this.deps.files.store({
          purpose: ACTIVITY_PHOTO_PURPOSE,
          name,
          body,
          owner,
          actor,
          regionCode: a.regionCode,
          trx,
        });
      const position = (photos[photos.length - 1]?.position ?? 0) + 1;
      const full = await store(`活动${a.id}-照片${position}.jpg`, img.full);
      const thumb = await store(`活动${a.id}-照片${position}-缩略图.jpg`, img.thumb);
      const photoId = await repo.insertPhoto({
        activityId: a.id,
        fileId: full.id,
        thumbFileId: thumb.id,
        width: img.width,
        height: img.height,
        caption: input.caption?.trim() || null,
        showsMinors: input.showsMinors ?? false,
        position,
        createdAt: this.deps.clock.now().toISOString(),
      });
      await this.sync(trx, a);
      await this.activities.audit(trx, actor, a, 'activity_photo_added', `上传活动照片（${img.width}×${img.height}）`, {
        photoId,
        showsMinors: input.showsMinors ?? false,
      });
      return photoId;
    });
    return presentPhoto((await new ActivitiesRepository(this.deps.db).photo(activityId, id))!);
  }

  async patch(user: AuthUser, actor: Actor, activityId: number, photoId: number, body: TActivityPhotoPatch) {
    await this.deps.db.transaction().execute(async (trx) => {
      const a = await this.activities.loadOwn(user, activityId, trx);
      this.editable(user, a);
      const repo = new ActivitiesRepository(trx);
      const p = await repo.photo(a.id, photoId);
      if (!p) throw new AppError('NOT_FOUND', '照片不存在');
      const patch = {
        ...(body.caption !== undefined ? { caption: body.caption?.trim() || null } : {}),
        ...(body.showsMinors !== undefined ? { showsMinors: body.showsMinors } : {}),
      };
      await repo.updatePhoto(p.id, patch);
      await this.sync(trx, a);
      await this.activities.audit(trx, actor, a, 'activity_photo_updated', '修改照片说明或未成年人标记', {
        photoId,
        ...patch,
      });
    });
  }

  /** Removes the photo and its two stored files; their contents go once the removal has committed. */
  async remove(user: AuthUser, actor: Actor, activityId: number, photoId: number) {
    const purge = await this.deps.db.transaction().execute(async (trx) => {
      const a = await this.activities.loadOwn(user, activityId, trx);
      this.editable(user, a);
      const repo = new ActivitiesRepository(trx);
      const p = await repo.photo(a.id, photoId);
      if (!p) throw new AppError('NOT_FOUND', '照片不存在');
      await repo.deletePhoto(p.id);
      const owner = { type: 'activity', id: String(a.id) };
      const ids = p.thumbFileId ? [p.fileId, p.thumbFileId] : [p.fileId];
      const purge = await this.deps.files.discard(trx, actor, owner, ids);
      await this.sync(trx, a);
      await this.activities.audit(trx, actor, a, 'activity_photo_deleted', '删除活动照片', { photoId });
      return purge;
    });
    await purge();
  }

  private editable(user: AuthUser, a: ActivityRow): void {
    if (!authorize(user, 'activities.post', activityResource(a)).allowed) throw new AppError('FORBIDDEN');
    if (FROZEN.has(a.status)) throw new AppError('CONFLICT', '活动当前状态不能修改照片');
  }

  /** Keeps the cover (first photo not showing minors) and the count on the activity, at its version. */
  private async sync(trx: Kysely<DB>, a: ActivityRow): Promise<void> {
    const photos = await new ActivitiesRepository(trx).photos(a.id);
    await this.activities.write(trx, a, { coverPhotoId: coverPhotoOf(photos), photoCount: photos.length });
  }
}
