import { UntranslatedTitleCell as UntranslatedTitleCell_7d525be7489f5fe14d6b783fab2e1390 } from '../../../components/admin/UntranslatedTitleCell'
import { SourceBeside as SourceBeside_fc7280b5cee3a45a9d4271edf36703ba } from '../../../admin/sourceBeside/SourceBeside'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FactsAgeCell as FactsAgeCell_4c5cc1682adc5007eada1c7020980f77 } from '@/staleFacts/admin/FactsAgeCell'
import { FeedbackTotals as FeedbackTotals_3e18f8166db7f0d70c48b02a2eac4423 } from '@/feedback/admin/FeedbackTotals'
import { MinorEditField as MinorEditField_5d8d6de7b8094208c21b33fc1e0fccab } from '@/translation/state/admin/MinorEditField'
import { StatusSidebar as StatusSidebar_bb95844bff7457353603af0fba1ff860 } from '@/translation/state/admin/StatusSidebar'
import { StatusCell as StatusCell_9015d197c53c3f7b8c3310ddef2b0b9d } from '@/translation/state/admin/StatusCell'
import { ScheduledCell as ScheduledCell_cfb501c6d5133bbe089c107193220f80 } from '../../../publishing/schedule/admin/ScheduledCell'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { GlossaryPanel as GlossaryPanel_d621dc76ac6a23c9f0dc83e2bc2f7a14 } from '@/glossary/admin/GlossaryPanel'
import { ReportsPanel as ReportsPanel_4c95874dd5aaca4c56343b635233aa23 } from '@/reports/admin/ReportsPanel'
import { DiscardWhenAbandoned as DiscardWhenAbandoned_ba41e30254cfee4b4e7c959da1324170 } from '../../../publishing/admin/DiscardWhenAbandoned'
import { PublishControls as PublishControls_f43bdf38b69842e904a804f2c30bf7f2 } from '../../../publishing/admin/PublishControls'
import { LocaleStatuses as LocaleStatuses_917b20619b0d3569034d8f4a984e1a49 } from '../../../publishing/admin/LocaleStatuses'
import { InviteForm as InviteForm_7797f4323a3f0c130c1fc5b4c6a2b767 } from '@/accounts/admin/InviteForm.client'
import { TbxButtons as TbxButtons_44c689df9d53b0c5de8a296d2992645d } from '@/glossary/admin/TbxButtons'
import { StatusFilters as StatusFilters_25a5df2a0fb7b1d7f212ac70dbedb852 } from '@/reports/admin/StatusFilters'
import { NavLink as NavLink_429169cc125399d5bf0117c2b3a567a3 } from '@/translation/state/admin/NavLink'
import { XliffNavLink as XliffNavLink_49eb77b3503dcf668ebae81348a2f860 } from '../../../translation/xliff/admin/XliffNavLink'
import { TranslationsSummary as TranslationsSummary_d666404b40888b5f099fce9d3f489eba } from '@/translation/state/admin/TranslationsSummary'
import { NeedsCheckingPanel as NeedsCheckingPanel_bb747c96fb75abc001934cd69a996420 } from '@/staleFacts/admin/NeedsCheckingPanel'
import { FollowAccountLanguage as FollowAccountLanguage_1d775e7683a89db49b55d64adacddcdf } from '../../../components/admin/FollowAccountLanguage.client'
import { TranslationsView as TranslationsView_24e85bdbad246f648c9b87ca3542875b } from '@/translation/state/admin/TranslationsView'
import { XliffView as XliffView_38dcc2fded259d0f2cdb18660f48dc33 } from '../../../translation/xliff/admin/XliffView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/UntranslatedTitleCell#UntranslatedTitleCell": UntranslatedTitleCell_7d525be7489f5fe14d6b783fab2e1390,
  "/admin/sourceBeside/SourceBeside#SourceBeside": SourceBeside_fc7280b5cee3a45a9d4271edf36703ba,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/staleFacts/admin/FactsAgeCell#FactsAgeCell": FactsAgeCell_4c5cc1682adc5007eada1c7020980f77,
  "@/feedback/admin/FeedbackTotals#FeedbackTotals": FeedbackTotals_3e18f8166db7f0d70c48b02a2eac4423,
  "@/translation/state/admin/MinorEditField#MinorEditField": MinorEditField_5d8d6de7b8094208c21b33fc1e0fccab,
  "@/translation/state/admin/StatusSidebar#StatusSidebar": StatusSidebar_bb95844bff7457353603af0fba1ff860,
  "@/translation/state/admin/StatusCell#StatusCell": StatusCell_9015d197c53c3f7b8c3310ddef2b0b9d,
  "/publishing/schedule/admin/ScheduledCell#ScheduledCell": ScheduledCell_cfb501c6d5133bbe089c107193220f80,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@/glossary/admin/GlossaryPanel#GlossaryPanel": GlossaryPanel_d621dc76ac6a23c9f0dc83e2bc2f7a14,
  "@/reports/admin/ReportsPanel#ReportsPanel": ReportsPanel_4c95874dd5aaca4c56343b635233aa23,
  "/publishing/admin/DiscardWhenAbandoned#DiscardWhenAbandoned": DiscardWhenAbandoned_ba41e30254cfee4b4e7c959da1324170,
  "/publishing/admin/PublishControls#PublishControls": PublishControls_f43bdf38b69842e904a804f2c30bf7f2,
  "/publishing/admin/LocaleStatuses#LocaleStatuses": LocaleStatuses_917b20619b0d3569034d8f4a984e1a49,
  "@/accounts/admin/InviteForm.client#InviteForm": InviteForm_7797f4323a3f0c130c1fc5b4c6a2b767,
  "@/glossary/admin/TbxButtons#TbxButtons": TbxButtons_44c689df9d53b0c5de8a296d2992645d,
  "@/reports/admin/StatusFilters#StatusFilters": StatusFilters_25a5df2a0fb7b1d7f212ac70dbedb852,
  "@/translation/state/admin/NavLink#NavLink": NavLink_429169cc125399d5bf0117c2b3a567a3,
  "/translation/xliff/admin/XliffNavLink#XliffNavLink": XliffNavLink_49eb77b3503dcf668ebae81348a2f860,
  "@/translation/state/admin/TranslationsSummary#TranslationsSummary": TranslationsSummary_d666404b40888b5f099fce9d3f489eba,
  "@/staleFacts/admin/NeedsCheckingPanel#NeedsCheckingPanel": NeedsCheckingPanel_bb747c96fb75abc001934cd69a996420,
  "/components/admin/FollowAccountLanguage.client#FollowAccountLanguage": FollowAccountLanguage_1d775e7683a89db49b55d64adacddcdf,
  "@/translation/state/admin/TranslationsView#TranslationsView": TranslationsView_24e85bdbad246f648c9b87ca3542875b,
  "/translation/xliff/admin/XliffView#XliffView": XliffView_38dcc2fded259d0f2cdb18660f48dc33,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
