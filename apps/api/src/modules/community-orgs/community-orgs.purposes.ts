import { MB, policies, type FilePurposes } from '../../platform/files/purposes';

/** 章程 and member roster (花名册) of a filing; the roster lists people, so reading it is audited. */
export function registerCommunityOrgPurposes(purposes: FilePurposes): void {
  purposes.register({
    name: 'community_org_charter',
    label: '社区社会组织章程',
    types: ['pdf', 'docx', 'jpg', 'png'],
    maxBytes: 20 * MB,
    uploadPermission: 'community_orgs.manage',
    canRead: policies.uploaderOrRegion('community_orgs.read'),
  });
  purposes.register({
    name: 'community_org_roster',
    label: '社区社会组织成员名册',
    types: ['xlsx', 'pdf', 'docx', 'jpg', 'png'],
    maxBytes: 20 * MB,
    uploadPermission: 'community_orgs.manage',
    auditReads: true,
    canRead: policies.uploaderOrRegion('community_orgs.read'),
  });
}
