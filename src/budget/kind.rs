//! Table kinds from the printed title, robust to the names provinces and years use
//! (部门收支总体情况表 = 部门收支预算总表 = 收支预算总表; 收入支出决算总表 …). The vocabulary and
//! the near-twins it tells apart are in docs/kinds.md.

use serde::{Deserialize, Serialize};

/// Declares the kinds with their ids (the serde name and [`Kind::as_str`] alike).
macro_rules! kinds {
    ($($(#[$doc:meta])* $variant:ident = $id:literal,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum Kind {
            $($(#[$doc])* #[serde(rename = $id)] $variant,)*
        }

        impl Kind {
            pub const ALL: &[Kind] = &[$(Kind::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self { $(Kind::$variant => $id,)* }
            }
        }
    };
}

kinds! {
    // Department and unit budgets and final accounts (the Ministry of Finance's template and
    // the common additions).
    RevenueExpenditureSummary = "revenue_expenditure_summary",
    Revenue = "revenue",
    Expenditure = "expenditure",
    FiscalSummary = "fiscal_summary",
    /// By function code over all 财政拨款 (一般公共预算 + 政府性基金 + 国有资本经营).
    FiscalExpenditure = "fiscal_expenditure",
    FiscalBasicExpenditure = "fiscal_basic_expenditure",
    GpbExpenditure = "gpb_expenditure",
    GpbBasicExpenditure = "gpb_basic_expenditure",
    /// Project spending by economic code (no project names).
    GpbProjectExpenditure = "gpb_project_expenditure",
    /// Basic spending by unit and economic 类 over all funding sources.
    BasicExpenditure = "basic_expenditure",
    EconomicSummary = "economic_summary",
    ProjectExpenditure = "project_expenditure",
    ThreePublic = "three_public",
    OperatingCosts = "operating_costs",
    GovFund = "gov_fund",
    SoeCapital = "soe_capital",
    Procurement = "procurement",
    PurchasedServices = "purchased_services",
    PerformanceDept = "performance_dept",
    PerformanceProject = "performance_project",
    StateAssets = "state_assets",
    // Whole-government reports, table books and debt tables.
    GovGpbRevenue = "gov_gpb_revenue",
    GovGpbExpenditure = "gov_gpb_expenditure",
    GovGpbSummary = "gov_gpb_summary",
    GovGpbExpenditureEconomic = "gov_gpb_expenditure_economic",
    GovGpbBasicExpenditure = "gov_gpb_basic_expenditure",
    GovThreePublic = "gov_three_public",
    GovTransfer = "gov_transfer",
    GovFundRevenue = "gov_fund_revenue",
    GovFundExpenditure = "gov_fund_expenditure",
    GovFundSummary = "gov_fund_summary",
    GovFundTransfer = "gov_fund_transfer",
    GovSoeRevenue = "gov_soe_revenue",
    GovSoeExpenditure = "gov_soe_expenditure",
    GovSoeSummary = "gov_soe_summary",
    GovSoeTransfer = "gov_soe_transfer",
    GovSocialInsuranceRevenue = "gov_social_insurance_revenue",
    GovSocialInsuranceExpenditure = "gov_social_insurance_expenditure",
    GovSocialInsuranceSummary = "gov_social_insurance_summary",
    GovDebtLimit = "gov_debt_limit",
    GovDebtBalance = "gov_debt_balance",
    GovDebtService = "gov_debt_service",
    GovDebtBonds = "gov_debt_bonds",
    GovDebt = "gov_debt",
    GovCapitalConstruction = "gov_capital_construction",
    GovSpecialFunds = "gov_special_funds",
    /// A budget's figures by area: its rows are districts, cities or levels (南京市, 省级,
    /// 全市, 市本级), not classes, whatever class its title names (分地区一般公共预算收入
    /// 执行情况表, 全省各市…表, 社会保险基金预算收入表（分市）).
    GovByRegion = "gov_by_region",
    Other = "other",
}

/// Which vocabulary a document's tables take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// 部门/单位 预算 and 决算.
    Department,
    /// Government reports, table books, execution and debt tables.
    Government,
    /// Not a budget disclosure: every table is `other`.
    None,
}

/// Classifies a table by its title within its document's family.
pub fn classify(title: &str, family: Family) -> Kind {
    let t: String = title
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(crate::layout::ascii_char)
        .collect();
    match family {
        Family::Department => department(&t),
        Family::Government => government(&t),
        Family::None => Kind::Other,
    }
}

/// A department table whose title names no kind (the layout found no caption: 广州's
/// 重点项目绩效目标 table inside the narrative) but whose header prints a 绩效目标 column beside a
/// 项目 column lists projects' performance targets.
pub fn performance_grid(columns: &[crate::table::Column]) -> bool {
    let leaf = |w: &str| {
        columns
            .iter()
            .any(|c| c.path.last().is_some_and(|l| l.trim().starts_with(w)))
    };
    leaf("绩效目标") && leaf("项目")
}

fn department(t: &str) -> Kind {
    let has = |w: &str| t.contains(w);
    let gpb = has("一般公共预算");
    if has("绩效") {
        if has("项目") {
            Kind::PerformanceProject
        } else {
            Kind::PerformanceDept
        }
    } else if has("三公") {
        // 三公 wins over 机关运行经费 / 行政经费 printed in the same title.
        Kind::ThreePublic
    } else if has("机关运行经费") {
        Kind::OperatingCosts
    } else if has("政府采购") {
        Kind::Procurement
    } else if has("购买服务") {
        Kind::PurchasedServices
    } else if has("国有资产") {
        Kind::StateAssets
    } else if has("政府性基金") {
        Kind::GovFund
    } else if has("国有资本经营") {
        Kind::SoeCapital
    } else if has("财政拨款收") && has("支") && summary_table(t) {
        Kind::FiscalSummary
    } else if (has("收支") || has("收入支出")) && summary_table(t) {
        // 部门收支总表, 收支预算总表, and Henan's 部门收支预算表 (预算01表) alike.
        Kind::RevenueExpenditureSummary
    } else if has("经济分类") && has("汇总") {
        Kind::EconomicSummary
    } else if has("项目支出") {
        // By economic code (一般公共预算项目支出情况表（按经济分类科目）, 一般公共预算财政拨款项目支出
        // 决算表) or one row per project (项目支出表, 财政拨款项目支出预算表).
        if gpb && (has("经济分类") || has("决算")) {
            Kind::GpbProjectExpenditure
        } else {
            Kind::ProjectExpenditure
        }
    } else if has("基本支出") {
        if gpb {
            Kind::GpbBasicExpenditure
        } else if has("财政拨款") {
            Kind::FiscalBasicExpenditure
        } else {
            Kind::BasicExpenditure
        }
    } else if gpb && has("支出") {
        Kind::GpbExpenditure
    } else if has("财政拨款") && has("支出") {
        Kind::FiscalExpenditure
    } else if has("收入") && !has("支出") && (has("表") || has("总")) {
        Kind::Revenue
    } else if has("支出")
        && !has("收入")
        && (has("总表") || has("决算表") || has("预算表") || has("总体"))
    {
        Kind::Expenditure
    } else {
        Kind::Other
    }
}

/// The classified kinds of government reports: rows are classes of the 政府收支分类科目.
pub fn classified(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::GovGpbRevenue
            | Kind::GovGpbExpenditure
            | Kind::GovFundRevenue
            | Kind::GovFundExpenditure
            | Kind::GovSoeRevenue
            | Kind::GovSoeExpenditure
            | Kind::GovSocialInsuranceRevenue
            | Kind::GovSocialInsuranceExpenditure
    )
}

/// Whether a table's row labels are areas, not classes: at least two of them, and two in
/// three of the labels other than totals (合计, 总计, 小计) name an area
/// ([`super::area::names_area`]). A table of classes with a 省本级支出 line under each class
/// is not one (省本级支出 names no area alone).
pub fn by_region<'a>(labels: impl IntoIterator<Item = &'a str>) -> bool {
    let labels: Vec<&str> = labels
        .into_iter()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !["合计", "总计", "小计"].iter().any(|t| l.ends_with(t)))
        .collect();
    let areas = labels.iter().filter(|l| super::area::names_area(l)).count();
    areas >= 2 && areas * 3 >= labels.len() * 2
}

/// A title of a table of both halves: 总表, 总体情况表, or a 预算表/决算表 (Henan's 部门收支预算表).
fn summary_table(t: &str) -> bool {
    t.contains('总') || t.contains("预算表") || t.contains("决算表")
}

fn government(t: &str) -> Kind {
    let has = |w: &str| t.contains(w);
    let revenue_only = has("收入") && !has("支出") && !has("收支");
    let both = has("收支") || has("平衡") || has("结余") || (has("收入") && has("支出"));
    if has("绩效") {
        Kind::PerformanceProject
    } else if has("三公") {
        Kind::GovThreePublic
    } else if has("债务") || has("债券") {
        if has("限额") {
            Kind::GovDebtLimit
        } else if has("还本") || has("付息") || has("发行") || has("偿还") {
            Kind::GovDebtService
        } else if has("使用") || has("安排") || has("项目") {
            Kind::GovDebtBonds
        } else if has("余额") {
            Kind::GovDebtBalance
        } else {
            Kind::GovDebt
        }
    } else if has("社会保险基金") {
        if both {
            Kind::GovSocialInsuranceSummary
        } else if revenue_only {
            Kind::GovSocialInsuranceRevenue
        } else {
            Kind::GovSocialInsuranceExpenditure
        }
    } else if has("国有资本经营") {
        if has("转移支付") {
            Kind::GovSoeTransfer
        } else if both {
            Kind::GovSoeSummary
        } else if revenue_only {
            Kind::GovSoeRevenue
        } else {
            Kind::GovSoeExpenditure
        }
    } else if has("政府性基金") {
        if has("转移支付") {
            Kind::GovFundTransfer
        } else if both {
            Kind::GovFundSummary
        } else if revenue_only {
            Kind::GovFundRevenue
        } else {
            Kind::GovFundExpenditure
        }
    } else if has("转移支付") || has("税收返还") || has("上级补助") {
        Kind::GovTransfer
    } else if has("基本建设") {
        Kind::GovCapitalConstruction
    } else if has("专项资金") {
        Kind::GovSpecialFunds
    } else if has("一般公共预算") || has("一般公共收入") || has("公共财政") {
        if both {
            Kind::GovGpbSummary
        } else if has("基本支出") {
            Kind::GovGpbBasicExpenditure
        } else if has("经济分类") {
            Kind::GovGpbExpenditureEconomic
        } else if revenue_only {
            Kind::GovGpbRevenue
        } else if has("支出") {
            Kind::GovGpbExpenditure
        } else {
            Kind::Other
        }
    } else {
        Kind::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn department_titles() {
        let cases = [
            (
                "2026年部门财务收支预算总表",
                Kind::RevenueExpenditureSummary,
            ),
            ("部门收支总体情况表", Kind::RevenueExpenditureSummary),
            ("2022年部门收支预算表", Kind::RevenueExpenditureSummary),
            ("收入支出决算总表", Kind::RevenueExpenditureSummary),
            ("2026年部门收入预算总表", Kind::Revenue),
            ("收入决算表", Kind::Revenue),
            ("2026年部门支出预算总表", Kind::Expenditure),
            ("本年支出总体情况表", Kind::Expenditure),
            ("支出决算表", Kind::Expenditure),
            ("财政拨款收支预算总表", Kind::FiscalSummary),
            ("财政拨款收支总表(预算表4)", Kind::FiscalSummary),
            ("财政拨款收入支出决算总表", Kind::FiscalSummary),
            ("一般公共预算支出功能分类预算表", Kind::GpbExpenditure),
            ("一般公共预算财政拨款支出决算表", Kind::GpbExpenditure),
            ("财政拨款支出预算表", Kind::FiscalExpenditure),
            ("财政拨款支出表（功能科目）", Kind::FiscalExpenditure),
            (
                "财政拨款基本支出表（经济科目）",
                Kind::FiscalBasicExpenditure,
            ),
            ("一般公共预算基本支出决算表", Kind::GpbBasicExpenditure),
            (
                "一般公共预算财政拨款基本支出决算表",
                Kind::GpbBasicExpenditure,
            ),
            ("部门预算基本支出预算表", Kind::BasicExpenditure),
            (
                "一般公共预算项目支出情况表（按经济分类科目）",
                Kind::GpbProjectExpenditure,
            ),
            ("部门预算项目支出及其他支出预算表", Kind::ProjectExpenditure),
            ("预算单位财政拨款项目支出预算表", Kind::ProjectExpenditure),
            ("2022年项目支出预算表", Kind::ProjectExpenditure),
            ("部门支出经济分类汇总表", Kind::EconomicSummary),
            ("财政拨款“三公”经费支出决算表", Kind::ThreePublic),
            ("单位“三公”经费和机关运行经费预算表", Kind::ThreePublic),
            (
                "财政拨款安排的行政经费及“三公”经费预算表",
                Kind::ThreePublic,
            ),
            ("一般公共预算机关运行经费支出预算表", Kind::OperatingCosts),
            ("政府性基金预算支出表", Kind::GovFund),
            ("政府性基金预算财政拨款收入支出决算表", Kind::GovFund),
            ("国有资本经营预算支出预算表", Kind::SoeCapital),
            ("财政项目支出绩效目标填报表", Kind::PerformanceProject),
            ("部门（单位）整体绩效目标表", Kind::PerformanceDept),
            ("2018年政府采购预算表", Kind::Procurement),
            ("政府采购预算明细表", Kind::Procurement),
            ("财政拨款政府购买服务明细表", Kind::PurchasedServices),
            ("国有资产占用情况表", Kind::StateAssets),
        ];
        for (title, kind) in cases {
            assert_eq!(classify(title, Family::Department), kind, "{title}");
        }
        assert_eq!(classify("收入总表", Family::None), Kind::Other);
    }

    #[test]
    fn government_titles() {
        let cases = [
            ("2022年一般公共预算收入决算表", Kind::GovGpbRevenue),
            ("一般公共预算支出表（按功能分类）", Kind::GovGpbExpenditure),
            ("一般公共预算收支决算总表", Kind::GovGpbSummary),
            (
                "本级一般公共预算支出决算表（按经济分类）",
                Kind::GovGpbExpenditureEconomic,
            ),
            ("一般公共预算基本支出表", Kind::GovGpbBasicExpenditure),
            ("本级一般公共预算“三公”经费决算表", Kind::GovThreePublic),
            ("一般公共预算税收返还和转移支付表", Kind::GovTransfer),
            ("政府性基金预算收入表", Kind::GovFundRevenue),
            ("政府性基金预算支出执行情况表", Kind::GovFundExpenditure),
            ("政府性基金预算收支平衡表", Kind::GovFundSummary),
            (
                "政府性基金转移支付表（按项目分地区）",
                Kind::GovFundTransfer,
            ),
            ("国有资本经营预算收入表（按企业）", Kind::GovSoeRevenue),
            ("国有资本经营预算支出表", Kind::GovSoeExpenditure),
            ("国有资本经营预算转移支付表", Kind::GovSoeTransfer),
            (
                "社会保险基金支出预算表",
                Kind::GovSocialInsuranceExpenditure,
            ),
            ("社会保险基金预算收入表", Kind::GovSocialInsuranceRevenue),
            ("社会保险基金预算结余表", Kind::GovSocialInsuranceSummary),
            ("地方政府债务限额及余额情况表", Kind::GovDebtLimit),
            ("地方政府一般债务余额情况表", Kind::GovDebtBalance),
            ("地方政府债券发行及还本付息情况表", Kind::GovDebtService),
            ("新增债券使用情况表", Kind::GovDebtBonds),
            ("基本建设投资支出表", Kind::GovCapitalConstruction),
            ("财政专项资金清单及预算安排情况表", Kind::GovSpecialFunds),
            ("重点项目绩效目标汇总表", Kind::PerformanceProject),
            ("超长期特别国债资金情况表", Kind::Other),
        ];
        for (title, kind) in cases {
            assert_eq!(classify(title, Family::Government), kind, "{title}");
        }
    }

    #[test]
    fn tables_by_region() {
        // 江苏 2022 p10 (分地区一般公共预算收入执行情况表), 合肥 2022 (rows 全市, 市级, 市本级
        // under a sentence for a title), 广东 2025 附件3 p13 (cities and three zones).
        assert!(by_region([
            "全省合计",
            "省级",
            "南京市",
            "无锡市",
            "徐州市",
            "常州市",
            "苏州市"
        ]));
        assert!(by_region(["全市", "市级", "市本级"]));
        assert!(by_region([
            "广州市",
            "深圳市",
            "珠海市",
            "珠三角核心区",
            "东西两翼沿海经济带",
            "北部生态发展区",
        ]));
        // 广东 2025 附件3 p72: classes, each split into 省本级支出 and transfers.
        assert!(!by_region([
            "一般公共服务",
            "省本级支出",
            "专项转移支付",
            "一般性转移支付",
            "国防",
            "省本级支出",
        ]));
        // A class table with one district's line, and a total alone.
        assert!(!by_region([
            "城乡社区支出",
            "城乡社区",
            "国有土地使用权出让收入安排的支出"
        ]));
        assert!(!by_region(["合计", "全市"]));
    }

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Kind::ALL.len());
    }
}
