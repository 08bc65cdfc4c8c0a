/** The whole set of service ports the features call (through getServices() in serviceRegistry.ts). */
import type { ApplicationService } from './applicationService'
import type { DemoService } from './demoService'
import type { EligibilityService } from './eligibilityService'
import type { MessageService } from './messageService'
import type { PolicyService } from './policyService'
import type { ProgressService } from './progressService'

export interface Services {
  applications: ApplicationService
  progress: ProgressService
  policies: PolicyService
  messages: MessageService
  eligibility: EligibilityService
  /** Office side for the 演示 console; only used when process.env.TARO_APP_DEMO === 'on'. */
  demo: DemoService
}
