import type { EnterpriseInput, ParticipantInput } from '../../../shared/domain/people';

export function enterprise(overrides: Partial<EnterpriseInput> = {}): EnterpriseInput {
  return {
    nameZh: '华丰纺织有限公司',
    nameEn: 'Huafeng Textiles',
    sector: 'textiles',
    sizeBand: 'medium',
    city: '苏州',
    district: '吴江区',
    contactName: '李红',
    contactPhone: '0512-6333 1234',
    workersFemale: 120,
    workersMale: 60,
    ...overrides,
  };
}

export function participant(overrides: Partial<ParticipantInput> = {}): ParticipantInput {
  return { name: '张伟', gender: 'male', enterpriseId: null, role: 'worker', jobTitle: '', department: '', phone: '', ...overrides };
}
