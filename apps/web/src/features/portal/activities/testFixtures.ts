import type { ActivityCard, PublicActivity } from './api';

export function cardFixture(over: Partial<ActivityCard> = {}): ActivityCard {
  return {
    id: 1,
    orgName: '云阳县志愿者协会',
    uscc: '51500235MJB000018U',
    regionCode: '500235',
    regionName: '重庆市云阳县',
    title: '重阳节敬老义诊',
    kind: 'public_welfare',
    startsOn: '2026-10-29',
    publishedAt: '2026-11-02T03:00:00.000Z',
    coverThumbUrl: '/api/public/activities/1/photos/7?size=thumb',
    viewCount: 120,
    shareCount: 8,
    likeCount: 15,
    ...over,
  };
}

export function activityFixture(over: Partial<PublicActivity> = {}): PublicActivity {
  return {
    ...cardFixture(),
    endsOn: '2026-10-29',
    place: '云阳县双江街道敬老院',
    description: '为老人义诊、理发。',
    summary: '服务老人120人次。',
    attendance: 30,
    photos: [
      {
        id: 7,
        url: '/api/public/activities/1/photos/7?size=full',
        thumbUrl: '/api/public/activities/1/photos/7?size=thumb',
        width: 1920,
        height: 1080,
        caption: '义诊现场',
      },
    ],
    liked: false,
    ...over,
  };
}
