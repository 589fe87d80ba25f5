import type {
  TAnnouncement,
  TAnnouncementQuery,
  TPublicCommunityOrg,
  TPublicOrg,
  TPublicOrgPage,
  TPublicOrgQuery,
  TPublicOrgSection,
} from '@shezu/contracts';
import { notFound } from '../../platform/errors';
import type { PublicAnnouncementsQuery } from '../orgs/public/public-announcements.query';
import type { PublicOrgRef, PublicOrgsQuery } from '../orgs/public/public-orgs.query';
import type { CommunityOrgsSource } from './community-orgs.source';

/**
 * A part of the public org page another module adds (inspection results, list status, penalties,
 * activities): it loads its own public data for the organization, or null to leave the section out.
 */
export interface PublicSectionProvider {
  key: string;
  title: string;
  load(org: PublicOrgRef): Promise<unknown>;
}

/** The public portal: search, org pages, community organizations and announcements. No login, no personal data. */
export class PortalService {
  private readonly sections: PublicSectionProvider[] = [];

  constructor(
    private readonly orgs: PublicOrgsQuery,
    private readonly announcementsQuery: PublicAnnouncementsQuery,
    private readonly community: CommunityOrgsSource,
  ) {}

  /** Later modules register their org-page sections when the services are wired; they show in this order. */
  addSection(provider: PublicSectionProvider): void {
    if (this.sections.some((s) => s.key === provider.key)) throw new Error(`org page section "${provider.key}" twice`);
    this.sections.push(provider);
  }

  search(query: TPublicOrgQuery) {
    return this.orgs.search(query);
  }

  /** For the shared-link head: the organization without its timeline, or undefined. */
  async orgSummary(uscc: string): Promise<TPublicOrg | undefined> {
    return (await this.orgs.byUscc(uscc))?.org;
  }

  async orgPage(uscc: string): Promise<TPublicOrgPage> {
    const found = await this.orgs.byUscc(uscc);
    if (!found) throw notFound('未找到该社会组织');
    const sections: TPublicOrgSection[] = [];
    for (const s of this.sections) {
      const data = await s.load(found.ref);
      if (data !== null && data !== undefined) sections.push({ key: s.key, title: s.title, data });
    }
    return { ...found.org, timeline: await this.orgs.timeline(found.ref.id), sections };
  }

  communityOrgSummary(id: number): Promise<TPublicCommunityOrg | undefined> {
    return this.community.get(id);
  }

  async communityOrg(id: number): Promise<TPublicCommunityOrg> {
    const found = await this.community.get(id);
    if (!found) throw notFound('未找到该社区社会组织');
    return found;
  }

  announcements(query: TAnnouncementQuery) {
    return this.announcementsQuery.list(query);
  }

  async announcement(id: number): Promise<TAnnouncement> {
    const found = await this.announcementsQuery.get(id);
    if (!found) throw notFound('公告不存在');
    return found;
  }
}
