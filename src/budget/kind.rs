//! Table kinds from the printed title (and, failing that, the headers), robust to the names
//! provinces and years use (部门收支总体情况表 = 部门收支预算总表 = 收支预算总表; 收入支出决算总表 …).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    RevenueExpenditureSummary,
    Revenue,
    Expenditure,
    FiscalSummary,
    GpbExpenditure,
    GpbBasicExpenditure,
    EconomicSummary,
    ThreePublic,
    GovFund,
    SoeCapital,
    ProjectExpenditure,
    PerformanceDept,
    PerformanceProject,
    GovGpbRevenue,
    GovGpbExpenditure,
    GovFundRevenue,
    GovFundExpenditure,
    GovSoeRevenue,
    GovSoeExpenditure,
    GovSocialInsuranceRevenue,
    GovSocialInsuranceExpenditure,
    GovTransfer,
    GovDebt,
    Other,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::RevenueExpenditureSummary => "revenue_expenditure_summary",
            Kind::Revenue => "revenue",
            Kind::Expenditure => "expenditure",
            Kind::FiscalSummary => "fiscal_summary",
            Kind::GpbExpenditure => "gpb_expenditure",
            Kind::GpbBasicExpenditure => "gpb_basic_expenditure",
            Kind::EconomicSummary => "economic_summary",
            Kind::ThreePublic => "three_public",
            Kind::GovFund => "gov_fund",
            Kind::SoeCapital => "soe_capital",
            Kind::ProjectExpenditure => "project_expenditure",
            Kind::PerformanceDept => "performance_dept",
            Kind::PerformanceProject => "performance_project",
            Kind::GovGpbRevenue => "gov_gpb_revenue",
            Kind::GovGpbExpenditure => "gov_gpb_expenditure",
            Kind::GovFundRevenue => "gov_fund_revenue",
            Kind::GovFundExpenditure => "gov_fund_expenditure",
            Kind::GovSoeRevenue => "gov_soe_revenue",
            Kind::GovSoeExpenditure => "gov_soe_expenditure",
            Kind::GovSocialInsuranceRevenue => "gov_social_insurance_revenue",
            Kind::GovSocialInsuranceExpenditure => "gov_social_insurance_expenditure",
            Kind::GovTransfer => "gov_transfer",
            Kind::GovDebt => "gov_debt",
            Kind::Other => "other",
        }
    }
}

/// A 财政拨款支出表 (or 财政拨款基本支出表) is the general-public-budget table only in a
/// document that has no table titled 一般公共预算…支出 of its own (Jiangsu prints both: there
/// the 财政拨款 one also carries government-fund spending, and is `other`).
pub fn disambiguate(titles: &[&str], kinds: &mut [Kind]) {
    let norm = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let gpb = |basic: bool| {
        titles.iter().map(|t| norm(t)).any(|t| {
            t.contains("一般公共预算") && t.contains("支出") && t.contains("基本支出") == basic
        })
    };
    let (has_gpb, has_gpb_basic) = (gpb(false), gpb(true));
    for (t, k) in titles.iter().zip(kinds.iter_mut()) {
        let t = norm(t);
        let shadowed = match *k {
            Kind::GpbExpenditure => has_gpb,
            Kind::GpbBasicExpenditure => has_gpb_basic,
            _ => false,
        };
        if shadowed && !t.contains("一般公共预算") {
            *k = Kind::Other;
        }
    }
}

/// Classifies a department-level table (部门/单位预算与决算) by its title; `government` picks
/// the whole-government kinds (政府预算/决算 reports).
pub fn classify(title: &str, government: bool) -> Kind {
    let t: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    let has = |w: &str| t.contains(w);
    if government {
        let rev = has("收入");
        let exp = has("支出");
        return if has("社会保险基金") {
            if rev && !exp {
                Kind::GovSocialInsuranceRevenue
            } else {
                Kind::GovSocialInsuranceExpenditure
            }
        } else if has("国有资本经营") {
            if rev && !exp {
                Kind::GovSoeRevenue
            } else {
                Kind::GovSoeExpenditure
            }
        } else if has("政府性基金") {
            if rev && !exp {
                Kind::GovFundRevenue
            } else {
                Kind::GovFundExpenditure
            }
        } else if has("转移支付") || has("税收返还") {
            Kind::GovTransfer
        } else if has("债务") || has("债券") {
            Kind::GovDebt
        } else if has("一般公共预算") {
            if rev && !exp {
                Kind::GovGpbRevenue
            } else {
                Kind::GovGpbExpenditure
            }
        } else {
            Kind::Other
        };
    }
    if has("三公") {
        Kind::ThreePublic
    } else if has("机关运行经费") || has("政府采购") {
        Kind::Other
    } else if has("绩效") {
        if has("项目") {
            Kind::PerformanceProject
        } else {
            Kind::PerformanceDept
        }
    } else if has("政府性基金") {
        Kind::GovFund
    } else if has("国有资本经营") {
        Kind::SoeCapital
    } else if has("财政拨款收") && has("支") && (has("总") || has("预算表") || has("决算表"))
    {
        Kind::FiscalSummary
    } else if (has("收支") || has("收入支出")) && (has("总") || has("预算表") || has("决算表"))
    {
        // 部门收支总表, 收支预算总表, and Henan's 部门收支预算表 (预算01表) alike.
        Kind::RevenueExpenditureSummary
    } else if has("经济分类") && has("汇总") {
        Kind::EconomicSummary
    } else if has("基本支出") && !has("项目") {
        Kind::GpbBasicExpenditure
    } else if has("项目支出") {
        Kind::ProjectExpenditure
    } else if (has("一般公共预算") || has("财政拨款")) && has("支出") {
        Kind::GpbExpenditure
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
            ("财政拨款收支预算表", Kind::FiscalSummary),
            ("收入支出决算总表", Kind::RevenueExpenditureSummary),
            ("2026年部门收入预算总表", Kind::Revenue),
            ("收入决算表", Kind::Revenue),
            ("2026年部门支出预算总表", Kind::Expenditure),
            ("支出决算表", Kind::Expenditure),
            ("财政拨款收支预算总表", Kind::FiscalSummary),
            ("财政拨款收入支出决算总表", Kind::FiscalSummary),
            ("一般公共预算支出功能分类预算表", Kind::GpbExpenditure),
            ("财政拨款支出预算表", Kind::GpbExpenditure),
            ("一般公共预算基本支出决算表", Kind::GpbBasicExpenditure),
            ("部门支出经济分类汇总表", Kind::EconomicSummary),
            ("财政拨款“三公”经费支出决算表", Kind::ThreePublic),
            ("政府性基金预算支出表", Kind::GovFund),
            ("国有资本经营预算支出预算表", Kind::SoeCapital),
            ("2022年项目支出预算表", Kind::ProjectExpenditure),
            ("财政项目支出绩效目标填报表", Kind::PerformanceProject),
            ("部门（单位）整体绩效目标表", Kind::PerformanceDept),
            ("2018年政府采购预算表", Kind::Other),
            ("一般公共预算机关运行经费支出预算表", Kind::Other),
        ];
        for (title, kind) in cases {
            assert_eq!(classify(title, false), kind, "{title}");
        }
        assert_eq!(
            classify("2022年一般公共预算收入决算表", true),
            Kind::GovGpbRevenue
        );
        assert_eq!(
            classify("社会保险基金支出预算表", true),
            Kind::GovSocialInsuranceExpenditure
        );
    }
}
