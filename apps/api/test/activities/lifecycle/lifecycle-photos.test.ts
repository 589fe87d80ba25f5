import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_PHOTOS_MAX, ACTIVITY_PHOTO_MAX_BYTES, ACTIVITY_THUMB_SIDE } from '@shezu/contracts';
import { startTestApp, type TestApp, type TestClient } from '../../support/app';
import { ENGINE } from '../../support/database';
import { auditOf, create, detail, finished, ok, orgWithAccount, uploadPhoto } from './lifecycle-helpers';

let t: TestApp;
let clerk: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  clerk = await t.client().as('yy-clerk');
});
afterAll(() => t.close());

/** A camera JPEG: 600×300 stored sideways (EXIF orientation 6), with the place it was taken (GPS). */
function cameraJpeg(): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 300, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'ShezuCam', Model: 'S1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 56/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '108/1 41/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 4, background: '#3366ff' } })
    .png()
    .toBuffer();

describe(`activity photos (${ENGINE})`, () => {
  it('re-encodes an upload: upright, a thumbnail, and no EXIF or location left', async () => {
    const input = await cameraJpeg();
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);
    expect(input.includes(Buffer.from('ShezuCam'))).toBe(true);

    const { account } = await orgWithAccount(t);
    const id = await finished(account);
    const photo = ok(await uploadPhoto(account, id, input, { caption: '义诊现场' }), 201).json();
    // Turned upright: the sideways 600×300 becomes 300×600.
    expect(photo).toMatchObject({ width: 300, height: 600, caption: '义诊现场', showsMinors: false });

    for (const url of [photo.url, photo.thumbUrl]) {
      const res = ok(await clerk.get(url));
      expect(res.headers['content-type']).toBe('image/jpeg');
      const meta = await sharp(res.rawPayload).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(res.rawPayload.includes(Buffer.from('ShezuCam'))).toBe(false);
    }
    const thumb = await sharp(ok(await account.get(photo.thumbUrl)).rawPayload).metadata();
    expect(Math.max(thumb.width!, thumb.height!)).toBeLessThanOrEqual(ACTIVITY_THUMB_SIDE);
    expect(await auditOf(t, id)).toContain('activity_photo_added');
  });

  it('refuses a file that is not an image, whatever its name, with a clear message', async () => {
    const { account } = await orgWithAccount(t);
    const id = await finished(account);
    const res = await uploadPhoto(account, id, Buffer.from('%PDF-1.7\n这不是照片\n'), {}, '活动照片.jpg');
    expect(res.statusCode).toBe(415);
    expect(res.json().fields.file).toContain('不是可识别的图片');
    const jpeg = await cameraJpeg();
    const broken = await uploadPhoto(account, id, jpeg.subarray(0, jpeg.length - 200));
    expect([broken.statusCode, broken.json().fields.file]).toEqual([415, '照片已损坏或无法解码，请换一张']);
    // A phone's HEIC that this build cannot decode (an AVIF relabelled as HEVC) gets the HEIC answer.
    const heic = Buffer.from(
      await sharp({ create: { width: 64, height: 48, channels: 3, background: '#884422' } })
        .avif()
        .toBuffer(),
    );
    for (const [from, to] of [
      ['avif', 'heic'],
      ['av01', 'hvc1'],
      ['av1C', 'hvcC'],
    ] as const)
      for (let i = heic.indexOf(from); i >= 0; i = heic.indexOf(from)) heic.write(to, i, 'latin1');
    const phone = await uploadPhoto(account, id, heic, {}, 'IMG_0001.HEIC');
    expect([phone.statusCode, phone.json().fields.file]).toEqual([415, expect.stringContaining('HEIC')]);
    const empty = await uploadPhoto(account, id, Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    expect((await detail(account, id)).photoCount).toBe(0);
  });

  it('never makes a photo showing minors the cover, and keeps the count', async () => {
    const { account } = await orgWithAccount(t);
    const id = await finished(account);
    const minors = ok(await uploadPhoto(account, id, await png(), { showsMinors: true }), 201).json();
    const cover = async () =>
      await t.db
        .selectFrom('activities')
        .select(['coverPhotoId', 'photoCount'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    expect(await cover()).toMatchObject({ coverPhotoId: null, photoCount: 1 });
    const second = ok(await uploadPhoto(account, id, await png()), 201).json();
    expect(await cover()).toMatchObject({ coverPhotoId: second.id, photoCount: 2 });
    // Unflagging the first makes it the cover; flagging it again hands the cover back.
    ok(await account.request('PATCH', `/api/activities/${id}/photos/${minors.id}`, { showsMinors: false }));
    expect((await cover()).coverPhotoId).toBe(minors.id);
    ok(
      await account.request('PATCH', `/api/activities/${id}/photos/${minors.id}`, {
        showsMinors: true,
        caption: '少儿组',
      }),
    );
    expect((await cover()).coverPhotoId).toBe(second.id);
    ok(await account.request('DELETE', `/api/activities/${id}/photos/${second.id}`));
    expect(await cover()).toMatchObject({ coverPhotoId: null, photoCount: 1 });
    const a = await detail(account, id);
    expect(a.photos).toMatchObject([{ id: minors.id, showsMinors: true, caption: '少儿组' }]);
    // Staff and other organizations cannot change photos.
    expect((await clerk.request('DELETE', `/api/activities/${id}/photos/${minors.id}`)).statusCode).toBe(403);
    const other = await orgWithAccount(t);
    expect((await uploadPhoto(other.account, id, await png())).statusCode).toBe(404);
  });

  it('deletes a removed photo’s stored files (full and thumbnail), audited, and keeps the other photo’s', async () => {
    const { account } = await orgWithAccount(t);
    const id = await finished(account);
    const keep = ok(await uploadPhoto(account, id, await png()), 201).json();
    const gone = ok(await uploadPhoto(account, id, await png()), 201).json();
    const filesOf = (photoId: number) =>
      t.db
        .selectFrom('activityPhotos')
        .innerJoin('files', (j) =>
          j.on((eb) =>
            eb.or([
              eb('files.id', '=', eb.ref('activityPhotos.fileId')),
              eb('files.id', '=', eb.ref('activityPhotos.thumbFileId')),
            ]),
          ),
        )
        .select(['files.id', 'files.storageKey'])
        .where('activityPhotos.id', '=', photoId)
        .execute();
    const goneFiles = await filesOf(gone.id);
    expect(goneFiles).toHaveLength(2);
    const storage = t.services.files.storage;
    for (const f of goneFiles) expect(await storage.exists(f.storageKey)).toBe(true);

    ok(await account.request('DELETE', `/api/activities/${id}/photos/${gone.id}`));
    const ids = goneFiles.map((f) => f.id);
    expect(await t.db.selectFrom('files').select('id').where('id', 'in', ids).execute()).toEqual([]);
    for (const f of goneFiles) expect(await storage.exists(f.storageKey)).toBe(false);
    for (const f of await filesOf(keep.id)) expect(await storage.exists(f.storageKey)).toBe(true);
    const audit = await t.db
      .selectFrom('auditLog')
      .select(['entityId', 'action'])
      .where('entity', '=', 'file')
      .where('entityId', 'in', ids.map(String))
      .where('action', '=', 'delete')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('freezes photos once submitted for review', async () => {
    const { account } = await orgWithAccount(t);
    const id = await finished(account);
    ok(await account.post(`/api/activities/${id}/submit`));
    expect((await uploadPhoto(account, id, await png())).statusCode).toBe(409);
    const planned = await create(account);
    ok(await uploadPhoto(account, planned, await png()), 201);
  });

  it('takes at most ACTIVITY_PHOTOS_MAX photos and refuses one over the size limit', async () => {
    const { account } = await orgWithAccount(t);
    const id = await finished(account);
    const small = await png();
    for (let i = 0; i < ACTIVITY_PHOTOS_MAX; i++) ok(await uploadPhoto(account, id, small), 201);
    const over = await uploadPhoto(account, id, small);
    expect(over.statusCode).toBe(409);
    expect(over.json().message).toContain(`最多${ACTIVITY_PHOTOS_MAX}张`);
    const big = Buffer.concat([await cameraJpeg(), Buffer.alloc(ACTIVITY_PHOTO_MAX_BYTES)]);
    const large = await uploadPhoto(account, await finished(account), big);
    expect(large.statusCode).toBe(413);
    expect(large.json().fields.file).toContain('MB');
  });
});
