import { defineMessages } from '../../lib/i18n/define';

/** 登记设置: a region's time limits, the preparation step and the sign-up approval switch. */
export const registrationSettingsMessages = defineMessages({
  zhCN: {
    'nav.registrationSettings': '登记设置',
    'regSettings.title': '登记办理设置',
    'regSettings.subtitle': '办理时限、筹备环节和申请人注册审核；对所选地区及其下级生效（下级另行设置的除外）',
    'regSettings.region': '设置地区',
    'regSettings.inherited': '{region}尚未单独设置，现行设置沿用{source}。保存后将为{region}单独设置。',
    'regSettings.ownRow': '以下为{region}单独设置的内容。',
    'regSettings.defaults': '系统默认设置',
    'regSettings.national': '全国统一设置',
    'regSettings.section.limits': '办理时限',
    'regSettings.section.rules': '办理环节',
    'regSettings.supervisorDays': '业务主管单位审查时限',
    'regSettings.authorityDays': '登记管理机关审批时限',
    'regSettings.daysUnit': '个工作日',
    'regSettings.daysHelp': '自申请进入该环节之日起计算，按节假日安排扣除法定节假日；1至120个工作日',
    'regSettings.daysRequired': '请填写时限（1至120个工作日）',
    'regSettings.daysRange': '时限应为1至120个工作日的整数',
    'regSettings.preparationRequired': '社会团体须先申请筹备',
    'regSettings.preparationRequiredHelp':
      '《社会团体登记管理条例》规定先经筹备审查，筹备成立后6个月内申请成立登记；当地已取消该环节的可关闭',
    'regSettings.signUpApproval': '申请人注册须经审核',
    'regSettings.signUpApprovalHelp': '开启后，在门户注册的申请人账号须由本地区管理员审核通过后方可登录',
    'regSettings.saved': '已保存{region}的登记办理设置',
  },
  en: {
    'nav.registrationSettings': 'Registration settings',
    'regSettings.title': 'Registration settings',
    'regSettings.subtitle':
      'Time limits, the preparation step and sign-up approval; they apply to the chosen region and below (unless a region below sets its own)',
    'regSettings.region': 'Region',
    'regSettings.inherited':
      '{region} has no settings of its own; those of {source} apply. Saving creates settings for {region}.',
    'regSettings.ownRow': 'These are the settings {region} set for itself.',
    'regSettings.defaults': 'the system defaults',
    'regSettings.national': 'the nationwide settings',
    'regSettings.section.limits': 'Time limits',
    'regSettings.section.rules': 'Steps',
    'regSettings.supervisorDays': 'Supervising unit review',
    'regSettings.authorityDays': 'Registration authority decision',
    'regSettings.daysUnit': 'working days',
    'regSettings.daysHelp':
      'Counted from the day the application reaches the step, public holidays excluded; 1 to 120 working days',
    'regSettings.daysRequired': 'Enter a time limit (1 to 120 working days)',
    'regSettings.daysRange': 'The time limit must be a whole number from 1 to 120',
    'regSettings.preparationRequired': 'Social groups apply for preparation first',
    'regSettings.preparationRequiredHelp':
      'The regulations require preparation to be approved first and establishment to follow within 6 months; switch off where local rules dropped the step',
    'regSettings.signUpApproval': 'Applicant sign-ups need approval',
    'regSettings.signUpApprovalHelp':
      'When on, applicants who sign up on the portal can log in only after an administrator of the region approves them',
    'regSettings.saved': 'Registration settings of {region} saved',
  },
});
