import { useState } from 'react';
import { Button, Card, Checkbox, Empty, Flex, Input, Popconfirm, Typography, Upload } from 'antd';
import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ACTIVITY_PHOTOS_MAX, type TActivityPhoto } from '@shezu/contracts';
import { errorText, useApiErrorHandler } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { activityKeys, deletePhoto, updatePhoto, uploadPhoto } from './api';

interface Failure {
  uid: string;
  name: string;
  error: string;
}

/**
 * Photos of an activity. Several may be chosen at once (on a phone `image/*` offers the camera); each uploads
 * on its own and a refusal (type, size) is shown under its file name. Editable only while `editable`.
 */
export function PhotosCard({
  activityId,
  photos,
  editable,
}: {
  activityId: number;
  photos: TActivityPhoto[];
  editable: boolean;
}) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const onError = useApiErrorHandler();
  const [failures, setFailures] = useState<Failure[]>([]);
  const [uploading, setUploading] = useState(0);
  const refresh = () => queryClient.invalidateQueries({ queryKey: activityKeys.one(activityId) });
  const patch = useMutation({
    mutationFn: (v: { photoId: number; caption?: string | null; showsMinors?: boolean }) =>
      updatePhoto(activityId, v.photoId, { caption: v.caption, showsMinors: v.showsMinors }),
    onSuccess: refresh,
    onError: (err) => onError(err),
  });
  const remove = useMutation({
    mutationFn: (photoId: number) => deletePhoto(activityId, photoId),
    onSuccess: refresh,
    onError: (err) => onError(err),
  });

  return (
    <Card size="small" title={t('act.photos.title')} data-testid="act-photos">
      {editable && (
        <Flex vertical gap={4} style={{ marginBottom: 12 }}>
          <Upload
            accept="image/*"
            multiple
            showUploadList={false}
            disabled={photos.length >= ACTIVITY_PHOTOS_MAX}
            customRequest={({ file, onSuccess, onError: failed }) => {
              const f = file as File & { uid: string };
              setUploading((n) => n + 1);
              setFailures((list) => list.filter((x) => x.name !== f.name));
              uploadPhoto(activityId, f)
                .then((r) => {
                  onSuccess?.(r);
                  void refresh();
                })
                .catch((err: unknown) => {
                  failed?.(err as Error);
                  setFailures((list) => [...list, { uid: f.uid, name: f.name, error: errorText(err, lang, t) }]);
                })
                .finally(() => setUploading((n) => n - 1));
            }}
          >
            <Button icon={<CameraOutlined />} loading={uploading > 0} block data-testid="act-photo-add">
              {t('act.photos.add')}
            </Button>
          </Upload>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('act.photos.hint')}
          </Typography.Text>
          {failures.map((x) => (
            <Typography.Text key={x.uid} type="danger" role="alert" data-testid="act-photo-error">
              {t('act.photos.failed', { name: x.name, error: x.error })}
            </Typography.Text>
          ))}
        </Flex>
      )}
      {photos.length === 0 ? (
        <Empty description={t('act.photos.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Flex wrap gap={8}>
          {photos.map((p) => (
            <Flex
              key={p.id}
              vertical
              gap={4}
              style={{ width: 'calc(50% - 4px)', maxWidth: 200 }}
              data-testid={`act-photo-${p.id}`}
            >
              <img
                src={p.thumbUrl}
                alt={p.caption ?? ''}
                style={{ width: '100%', aspectRatio: '4 / 3', objectFit: 'cover', borderRadius: 4 }}
              />
              {editable ? (
                <>
                  <Input
                    size="small"
                    placeholder={t('act.photos.caption')}
                    defaultValue={p.caption ?? ''}
                    maxLength={200}
                    onBlur={(e) => {
                      const caption = e.target.value.trim() || null;
                      if (caption !== p.caption) patch.mutate({ photoId: p.id, caption });
                    }}
                    data-testid={`act-photo-caption-${p.id}`}
                  />
                  <Flex justify="space-between" align="center">
                    <Checkbox
                      checked={p.showsMinors}
                      onChange={(e) => patch.mutate({ photoId: p.id, showsMinors: e.target.checked })}
                      data-testid={`act-photo-minors-${p.id}`}
                    >
                      {t('act.photos.minors')}
                    </Checkbox>
                    <Popconfirm title={t('act.photos.delete')} onConfirm={() => remove.mutate(p.id)}>
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('act.photos.delete')}
                      />
                    </Popconfirm>
                  </Flex>
                </>
              ) : (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {p.caption}
                  {p.showsMinors ? ` · ${t('act.photos.minors')}` : ''}
                </Typography.Text>
              )}
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
