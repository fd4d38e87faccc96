"""Quality on articles the rules had not seen: each held-out round scored with the code
as it was when the round was recorded, before any rule was written for its articles.

    .venv/bin/python benchmarks/bench_heldout.py            # every round, offline (~1 min)
    .venv/bin/python benchmarks/bench_heldout.py --current  # also today's code on them

For each round, a temporary git worktree is checked out at the round's commit, the round's
gold files and recorded model answers (both systems) are copied into it, and that code's
`bench_quality.py` replays them. The articles of a round were written after the commit, by
someone who had not seen the rules (rounds 2 to 10: a separate helper agent).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
Scores = dict[str, dict[str, Any]]  # system -> bench_quality.py --json scores

# (name, commit the articles were first scored with, article ids)
ROUNDS = (
    (
        "round 1",
        "c6ecce7",
        (
            "g28_cho_unga_week",
            "g29_witkoff_gulf_tour",
            "g30_modi_lula_brasilia",
            "g31_no_meeting_japan_defence_budget",
            "g32_takaichi_hanoi_jakarta_postponed",
        ),
    ),
    (
        "round 2",
        "704b7f5",
        (
            "g33_wong_vietnam_two_day_visit",
            "g34_albanese_apec_sidelines",
            "g35_lee_merz_phone_call",
            "g36_svyrydenko_merz_standin",
            "g37_no_meeting_sikorski_expose",
            "g38_albusaidi_muscat_doha_shuttle",
        ),
    ),
    (
        "round 3",
        "c1b5bea",
        (
            "g39_wang_albares_dar_readouts",
            "g40_mahama_au_summit_trilateral",
            "g41_motegi_cho_call_trilateral_postponed",
            "g42_jaishankar_sco_bishkek_bilaterals",
            "g43_no_meeting_asean_statement_analysis",
            "g44_fidan_bayramov_shaibani_ankara",
        ),
    ),
    (
        "round 4",
        "edb80d8",
        (
            "g45_kallas_sybiha_popsoi_brussels",
            "g46_khaled_goyal_barrot_abu_dhabi",
            "g47_ahn_marles_defense_delayed_talks",
            "g48_no_meeting_anand_india_interview",
            "g49_wong_phnom_penh_manila_retreat",
            "g50_motegi_unga_guterres_wang_encounter",
        ),
    ),
    (
        "round 5",
        "ed1817c",
        (
            "g51_mercosur_asuncion_alckmin_stands_in",
            "g52_park_funakoshi_sun_trilateral_som_tokyo",
            "g53_no_meeting_mfa_briefing_possible_talks",
            "g54_sugiono_riyadh_doha_gulf_tour",
            "g55_meloni_calls_erdogan_macron_merz",
            "g56_drc_m23_doha_talks_prisoner_mechanism",
        ),
    ),
    (
        "round 6",
        "468cad5",
        (
            "g57_tokayev_mirziyoyev_kambarata_astana",
            "g58_ecuador_colombia_panama_tariff_talks",
            "g59_peters_brown_rarotonga_niue_cancelled",
            "g60_abdelatty_beirut_damascus_postponed",
            "g61_ramaphosa_chapo_bnc_pretoria",
            "g62_no_meeting_lithuania_expels_belarus_diplomat",
        ),
    ),
    (
        "round 7",
        "a21c299",
        (
            "g63_plenkovic_spajic_dubrovnik_forum_djuric",
            "g64_dissanayake_muizzu_colombo_state_visit",
            "g65_mohamud_guelleh_djibouti_trilateral_gedion",
            "g66_holness_mottley_kingston_recovery_mou",
            "g67_pashinyan_kobakhidze_yerevan_delimitation_postponed",
            "g68_no_meeting_aes_levy_ecowas_reaction",
        ),
    ),
    (
        "round 8",
        "4304bbd",
        (
            "g69_lokke_motzfeldt_gunnarsdottir_nuuk_sar",
            "g70_nafti_el_baour_magramane_tunis_ras_jedir",
            "g71_anwar_sonexay_vientiane_power_trade",
            "g72_babis_fico_bratislava_macinka_blanar",
            "g73_samia_ndayishimiye_museveni_nsengiyumva_dar_corridor",
            "g74_no_meeting_portugal_spain_albufeira_denial",
        ),
    ),
    (
        "round 9",
        "671a6fe",
        (
            "g75_starmer_martin_downing_street_energy",
            "g76_macron_merz_meloni_paris_defence",
            "g77_mitsotakis_erdogan_ankara_cyprus",
            "g78_koizumi_marles_singh_frigates_interview",
            "g79_sisi_burhan_cairo_nile_talks",
            "g80_no_meeting_tinubu_lake_chad_summit_editorial",
        ),
    ),
    (
        "round 10",
        "df51e69",
        (
            "g81_albares_bourita_rabat",
            "g82_sikorski_sybiha_warsaw_readout",
            "g83_paz_jeri_desaguadero",
            "g84_peters_rabuka_fakafanua",
            "g85_muscat_faisal_araghchi_albusaidi",
            "g86_no_meeting_dhaka_myanmar_envoy",
        ),
    ),
    (
        "round 11",
        "de92fda",
        (
            "g87_baltic_riga_air_defence",
            "g88_mongolia_kyrgyzstan_talks",
            "g89_guatemala_honduras_border",
            "g90_no_meeting_nepal_power_speech",
            "g91_gulf_week_roundup",
            "g92_namibia_botswana_border_radio",
        ),
    ),
    (
        "round 12",
        "d450537",
        (
            "g93_moldova_romania_energy",
            "g94_joint_statement_paraguay_chile",
            "g95_png_solomons_feature",
            "g96_interview_gambia_senegal",
            "g97_roundup_diplomatic_week",
            "g98_no_meeting_liberia_ivory_coast_ruling",
        ),
    ),
    (
        "round 13",
        "bc22cfe",
        (
            "g99_benelux_rail_summit",
            "g100_philippines_timor_readout",
            "g101_cameroon_nigeria_border_feature",
            "g102_western_balkans_ohrid_liveblog",
            "g103_malawi_zambia_press_briefing",
            "g104_no_meeting_costa_rica_nicaragua_opinion",
        ),
    ),
    (
        "round 14",
        "aca5f6a",
        (
            "g105_iceland_norway_mackerel",
            "g106_venezuela_trinidad_gas",
            "g107_tajikistan_afghanistan_timeline",
            "g108_dominican_haiti_border_market",
            "g109_portugal_cabo_verde_gallery",
            "g110_no_meeting_austria_slovenia_karawanken",
        ),
    ),
    (
        "round 15",
        "cc71e14",
        (
            "g111_bhutan_india_digest",
            "g112_srilanka_japan_readout",
            "g113_kuwait_iraq_khor_abdullah",
            "g114_finland_estonia_schedule",
            "g115_angola_drc_podcast",
            "g116_no_meeting_vanuatu_france_factcheck",
        ),
    ),
    (
        "round 16",
        "db63e2e",
        (
            "g117_qa_explainer_ashgabat_gas_forum",
            "g118_tv_script_guyana_suriname_bridge_call",
            "g119_committee_minutes_sweden_baltic_defence",
            "g120_bilingual_algeria_mauritania_road",
            "g121_prefectural_release_hokkaido_mongolia_delegation",
            "g122_no_meeting_ambassador_blog_estonia_kazakhstan",
        ),
    ),
    (
        "round 17",
        "f9d99ca",
        (
            "g123_indonesia_australia_2plus2_jakarta",
            "g124_g7_evian_sideline_bilaterals",
            "g125_hungary_serbia_oil_pipeline_belgrade",
            "g126_chile_argentina_mendoza_summit_off",
            "g127_zambia_zimbabwe_jpc_livingstone",
            "g128_no_meeting_ireland_norway_interconnector",
        ),
    ),
    (
        "round 18",
        "7096465",
        (
            "g129_togo_benin_border_talks",
            "g130_jordan_bahrain_pakistan_calls",
            "g131_malta_cyprus_migration_video",
            "g132_bulgaria_albania_sofia_visit",
            "g133_palau_taiwan_samoa_hospital",
            "g134_no_meeting_seychelles_madagascar_fishing",
        ),
    ),
    (
        "round 19",
        "d454c39",
        (
            "g135_esquipulas_customs",
            "g136_ghana_ivorian_mou",
            "g137_koper_fishing_talks",
            "g138_kuwait_oman_muscat",
            "g139_vietnam_thailand_call",
            "g140_fiji_tonga_treaty_vote",
        ),
    ),
    (
        "round 20",
        "94166f9",
        (
            "g141_titicaca_pact",
            "g142_nepal_bangladesh_jcm",
            "g143_uganda_kenya_lake",
            "g144_png_solomons_video",
            "g145_kyrgyz_uzbek_call",
            "g146_srilanka_fisheries_debate",
        ),
    ),
    (
        "round 21",
        "9182e5f",
        (
            "g147_lisbon_rabat_cable",
            "g148_chisinau_helsinki_release",
            "g149_paso_canoas_border",
            "g150_phnom_penh_vientiane_akp",
            "g151_asuncion_montevideo_brief",
            "g152_tbilisi_trucks_speech",
        ),
    ),
    (
        "round 22",
        "1e651e2",
        (
            "g153_gaborone_maun_wire",
            "g154_podgorica_skopje_release",
            "g155_kagera_rusumo_market",
            "g156_addis_djibouti_ena",
            "g157_basin_brief_roundup",
            "g158_interview_dakar_banjul",
        ),
    ),
    (
        "round 23",
        "b42e410",
        (
            "g159_bandar_seri_begawan_sulu_wire",
            "g160_reykjavik_sar_ministry_release",
            "g161_maputo_lilongwe_presidency_readout",
            "g162_las_palmas_praia_regional_paper",
            "g163_gulf_levant_weekly_digest",
            "g164_wellington_vanuatu_interview",
        ),
    ),
    (
        "round 24",
        "5a1985a",
        (
            "g165_tunis_ras_jedir_wire",
            "g166_bratislava_athens_mfa_release",
            "g167_abuja_monrovia_nan",
            "g168_halifax_singapore_regional",
            "g169_nassau_portauprince_tv",
            "g170_maseru_water_oped",
        ),
    ),
    (
        "round 25",
        "0f22603",
        (
            "g171_madagascar_mauritius_fisheries_pact",
            "g172_sao_tome_equatorial_guinea_visa_memorandum",
            "g173_tuvalu_marshall_islands_atoll_leaders",
            "g174_saint_lucia_dominica_ferry_call",
            "g175_central_africa_sahel_weekly_digest",
            "g176_andorra_eu_association_oped",
        ),
    ),
    (
        "round 26",
        "a6563ae",
        (
            "g177_eritrea_south_sudan_road_corridor",
            "g178_comoros_guinea_bissau_official_visit",
            "g179_nevis_antigua_ferry_deal",
            "g180_south_sudan_vatican_liveblog",
            "g181_microstates_eu_association_analysis",
            "g182_nicaragua_belarus_meeting_denial",
        ),
    ),
    (
        "round 27",
        "abe0f04",
        (
            "g183_sadc_summit_ezulwini_sidelines",
            "g184_yemen_palestine_ratification_aden",
            "g185_svg_pm_eswatini_visit",
            "g186_nauru_fm_radio_interview",
            "g187_myanmar_asean_sg_call",
            "g188_yemen_parliament_defers_fisheries_protocol",
        ),
    ),
    (
        "round 28",
        "f15c549",
        (
            "g189_mongolia_week_in_review",
            "g190_lesotho_malawi_jpc_postponed",
            "g191_japan_seychelles_victoria",
            "g192_suriname_caboverde_summit",
            "g193_iceland_committee_hearing",
            "g194_tonga_treaty_ratification",
        ),
    ),
    (
        "round 29",
        "3648887",
        (
            "g195_nepal_slovenia_state_visit",
            "g196_ecuador_jordan_call",
            "g197_karas_armenia_delegation",
            "g198_fiji_timor_cancelled",
            "g199_igad_summit_sidelines",
            "g200_senegal_fm_profile",
        ),
    ),
    (
        "round 30",
        "6cf696e",
        (
            "g201_commonwealth_sg_week",
            "g202_kazakhstan_mfa_briefing",
            "g203_peru_panama_consultations",
            "g204_lithuania_uzbekistan_correction",
            "g205_botswana_namibia_kasane",
            "g206_bosnia_election_explainer",
        ),
    ),
    (
        "round 31",
        "eedacdd",
        (
            "g207_vietnam_central_asia_tour",
            "g208_chile_philippines_joint_release",
            "g209_estonia_speaker_lisbon",
            "g210_sadc_summit_sidelines",
            "g211_azerbaijan_serbia_defence",
            "g212_canada_mexico_analysis",
        ),
    ),
    (
        "round 32",
        "baacd2c",
        (
            "g213_vietnam_weekly_digest",
            "g214_ghana_colombia_tv_transcript",
            "g215_jordan_austria_postponed",
            "g216_zambia_minister_interview",
            "g217_pacific_forum_ministers_suva",
            "g218_southafrica_thailand_tuna_duties",
        ),
    ),
    (
        "round 33",
        "c08e4c2",
        (
            "g219_indonesia_kenya_visit",
            "g220_vietnam_korea_call",
            "g221_andean_ministerial_lima",
            "g222_thai_cambodia_border_talks",
            "g223_mongolia_defence_ministry",
            "g224_summit_fatigue_analysis",
        ),
    ),
    (
        "round 34",
        "1e8e0b4",
        (
            "g225_kazakhstan_mongolia_state_visit",
            "g226_bissau_mediation_live",
            "g227_bahrain_kyrgyz_consultations",
            "g228_bolivia_chile_envoy",
            "g229_croatia_oman_lng",
            "g230_unga_small_islands",
        ),
    ),
    (
        "round 35",
        "017105a",
        (
            "g231_amaral_west_africa_tour",
            "g232_seo_egypt_phone_talks",
            "g233_argentina_chile_summit_postponed",
            "g234_pacific_forum_ministers_tonga",
            "g235_mackerel_dispute_analysis",
            "g236_vietnam_netherlands_mekong_video",
        ),
    ),
    (
        "round 36",
        "c46752c",
        (
            "g237_uzbekistan_malaysia_visit",
            "g238_shangrila_defence_trilateral",
            "g239_peru_ecuador_cancelled",
            "g240_barbados_envoy_profile",
            "g241_nigeria_ghana_tv_summit",
            "g242_eu_gcc_trade_explainer",
        ),
    ),
    (
        "round 37",
        "1249d7f",
        (
            "g243_elysee_wicaksono_call",
            "g244_macara_border_committee",
            "g245_chile_fm_vietnam_visit",
            "g246_au_summit_sidelines",
            "g247_iraq_turkey_water_spokesman",
            "g248_sulawesi_sea_treaty_signing",
        ),
    ),
    (
        "round 38",
        "48f852f",
        (
            "g249_stlucia_canada_dev_minister",
            "g250_kyrgyz_azerbaijan_fm_talks",
            "g251_belgium_fm_gulf_tour",
            "g252_tonga_nz_visit_cyclone",
            "g253_kebbi_dosso_alibori_governors",
            "g254_afcon_kasarani_inspection",
        ),
    ),
    (
        "round 39",
        "c0d5c5f",
        (
            "g255_asuncion_ghana_readout",
            "g256_sadc_gaborone_council",
            "g257_kazakh_grain_corridor",
            "g258_amman_call_and_video",
            "g259_khoa_bangkok_visit",
            "g260_finnish_envoy_interview",
        ),
    ),
    (
        "round 40",
        "edfa7e7",
        (
            "g261_hanoi_nz_fm_visit",
            "g262_estonia_mfa_week",
            "g263_chile_india_copper_trade",
            "g264_kota_kinabalu_trilateral",
            "g265_dublin_costigan_postponed",
            "g266_kisumu_japan_donation",
        ),
    ),
    (
        "round 41",
        "c11ad48",
        (
            "g267_astana_saidov_visit",
            "g268_dojran_commission",
            "g269_caricom_column",
            "g270_mokoena_bahrain",
            "g271_dr_panama_call",
            "g272_au_summit_sidelines",
        ),
    ),
    (
        "round 42",
        "18432e5",
        (
            "g273_ghana_togo_maritime",
            "g274_apia_forum_sidelines",
            "g275_peru_chile_postponed",
            "g276_japan_vietnam_video",
            "g277_kenya_somalia_mombasa",
            "g278_yemen_envoy_muscat",
        ),
    ),
    (
        "round 43",
        "5cf5ee2",
        (
            "g279_uzbek_deputy_fm_berlin",
            "g280_ecuador_border_week",
            "g281_iraq_speaker_declines",
            "g282_mekong_council_trilateral",
            "g283_jamaica_fm_interview",
            "g284_unicef_helsinki_standin",
        ),
    ),
    (
        "round 44",
        "fe48baa",
        (
            "g285_djibouti_port_talks",
            "g286_fiji_pm_canberra",
            "g287_riigikogu_fisheries_debate",
            "g288_andean_videoconference",
            "g289_ph_vietnam_jcbc_moved",
            "g290_georgia_speaker_yerevan",
        ),
    ),
    (
        "round 45",
        "a17f9e8",
        (
            "g291_kazakh_kyrgyz_toktogul",
            "g292_ghana_togo_consular_mou",
            "g293_iceland_fm_radio_interview",
            "g294_kuwait_iraq_khor_abdullah_analysis",
            "g295_timor_indonesia_motaain",
            "g296_hidrovia_asuncion_ministerial",
        ),
    ),
    (
        "round 46",
        "0844165",
        (
            "g297_ethiopia_djibouti_galafi",
            "g298_latvia_lithuania_vilnius_talks",
            "g299_montenegro_croatia_dubrovnik",
            "g300_nepal_india_boundary_oped",
            "g301_sica_ministers_liveblog",
            "g302_mekong_week_digest",
        ),
    ),
    (
        "round 47",
        "27eee3e",
        (
            "g303_armenia_georgia_batumi_rail",
            "g304_tunisia_libya_ras_jedir",
            "g305_fiji_tonga_radio_interview",
            "g306_sadc_windhoek_liveblog",
            "g307_korea_japan_jdz_analysis",
            "g308_indian_ocean_week_roundup",
        ),
    ),
    (
        "round 48",
        "f0da41c",
        (
            "g309_uruguay_paraguay_waterway",
            "g310_portugal_caboverde_pec",
            "g311_caricom_weekly_digest",
            "g312_mongolia_fm_radio_transcript",
            "g313_senegal_gambia_farafenni_feature",
            "g314_slovenia_austria_border_brief",
        ),
    ),
    (
        "round 49",
        "bd282bf",
        (
            "g315_srilanka_maldives_fisheries",
            "g316_finland_estonia_readout",
            "g317_ecuador_peru_assembly_qa",
            "g318_png_solomons_timeline",
            "g319_brunei_philippines_brief",
            "g320_jordan_egypt_gas_analysis",
        ),
    ),
    (
        "round 50",
        "f9d8605",
        (
            "g321_rwanda_burundi_wire",
            "g322_malta_italy_readout",
            "g323_chile_bolivia_presser",
            "g324_vietnam_laos_brief",
            "g325_greenland_canada_feature",
            "g326_zambia_malawi_maize_analysis",
        ),
    ),
    (
        "round 51",
        "c3519f0",
        (
            "g327_bhutan_bangladesh_wire",
            "g328_morocco_mauritania_readout",
            "g329_colombia_venezuela_analysis",
            "g330_norway_sweden_interview",
            "g331_eurasia_weekly_roundup",
            "g332_benin_niger_explainer",
        ),
    ),
    (
        "round 52",
        "00f4d06",
        (
            "g333_costarica_panama_liveblog",
            "g334_georgia_armenia_minister_hour",
            "g335_tonga_fiji_brief",
            "g336_oman_kuwait_duqm_feature",
            "g337_ethiopia_djibouti_oped",
            "g338_bulgaria_weekly_agenda",
        ),
    ),
    (
        "round 53",
        "b3eeac8",
        (
            "g339_kazakhstan_kyrgyzstan_water_wire",
            "g340_ghana_togo_embassy_release",
            "g341_latvia_lithuania_radio_interview",
            "g342_pacific_digest_newsletter",
            "g343_nepal_spokesperson_briefing",
            "g344_guyana_suriname_explainer",
        ),
    ),
    (
        "round 54",
        "9faaf14",
        (
            "g345_iceland_ireland_photo_gallery",
            "g346_cyprus_lebanon_committee_summary",
            "g347_tunisia_algeria_pipeline_analysis",
            "g348_angola_namibia_summit_liveblog",
            "g349_dominican_haiti_market_brief",
            "g350_timor_indonesia_joint_communique",
        ),
    ),
    (
        "round 55",
        "878d315",
        (
            "g351_malawi_zambia_rail_wire",
            "g352_slovenia_croatia_press_release",
            "g353_srilanka_maldives_tv_transcript",
            "g354_estonia_finland_newsletter",
            "g355_bolivia_peru_titicaca_analysis",
            "g356_senegal_gambia_visit_programme",
        ),
    ),
    (
        "round 56",
        "4b3b175",
        (
            "g357_uruguay_paraguay_waterway_wire",
            "g358_cambodia_laos_mfa_readout",
            "g359_czech_slovak_question_time",
            "g360_kenya_uganda_live_blog",
            "g361_jordan_iraq_radio_interview",
            "g362_ecuador_chile_fisheries_opinion",
        ),
    ),
    (
        "round 57",
        "48bface",
        (
            "g363_mozambique_tanzania_gas_wire",
            "g364_greece_albania_joint_statement",
            "g365_belgium_luxembourg_weekly_diary",
            "g366_uzbekistan_tajikistan_water_analysis",
            "g367_trinidad_barbados_visit_programme",
            "g368_vietnam_philippines_photo_gallery",
        ),
    ),
)
_DATA = ("gold", "cassettes/quality/pipeline/gold", "cassettes/quality/naive/gold")


def replay(tree: Path, ids: tuple[str, ...]) -> Scores:
    """Both systems' scores on `ids`, by the code checked out in `tree`."""
    for folder in _DATA:
        for path in (ROOT / folder).iterdir():
            if path.name.split(".")[0] in ids or path.name == "timings.json":
                shutil.copy2(path, tree / folder / path.name)
    out = tree / "scores.json"
    command = [sys.executable, "benchmarks/bench_quality.py", "gold", "--json", str(out)]
    subprocess.run([*command, "--ids", *ids], cwd=tree, check=True, capture_output=True)
    scores: Scores = json.loads(out.read_text())
    return scores


def scored_at(commit: str, ids: tuple[str, ...]) -> Scores:
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        git = ["git", "-C", str(ROOT)]
        subprocess.run([*git, "worktree", "add", "--detach", str(tree), commit], check=True,
                       capture_output=True)  # fmt: skip
        try:
            return replay(tree, ids)
        finally:
            subprocess.run([*git, "worktree", "remove", "--force", str(tree)], check=True)


def row(name: str, commit: str, n: int, scores: Scores) -> str:
    p, v = scores["pipeline"], scores["naive"]
    pf, vf = p["meetings"]["f1"], v["meetings"]["f1"]
    ratio = f"{pf / vf:.2f}x" if vf else "-"
    date = p["date"]["accuracy"]
    alarms = f"{p['false_alarms']}/{p['no_meeting_articles']}"
    naive_alarms = f"{v['false_alarms']}/{v['no_meeting_articles']}"
    return (
        f"{name:<18} {commit:<8} {n:>2}  {pf:>6.3f} {vf:>6.3f} {ratio:>6}  "
        f"{p['participants']['f1']:>6.3f} {date if date is not None else 0:>6.3f} "
        f"{p['agreements']['f1']:>6.3f}  {alarms:>5} / {naive_alarms}"
    )


def pooled(rounds: list[Scores]) -> Scores:
    """The rounds' counts added up: the figures of all held-out articles together."""
    out: Scores = {}
    for system in ("pipeline", "naive"):
        total: dict[str, Any] = {}
        for key in ("meetings", "participants", "agreements"):
            tp, fp, fn = (sum(r[system][key][k] for r in rounds) for k in ("tp", "fp", "fn"))
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            total[key] = {"f1": 2 * p * r / (p + r) if p + r else 0.0}
        correct = sum(r[system]["date"]["correct"] for r in rounds)
        compared = sum(r[system]["date"]["total"] for r in rounds)
        total["date"] = {"accuracy": correct / compared if compared else None}
        for key in ("false_alarms", "no_meeting_articles"):
            total[key] = sum(r[system][key] for r in rounds)
        out[system] = total
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--current", action="store_true", help="also score today's code")
    args = parser.parse_args()
    print(
        "round              commit   n  meetF1  naive  ratio  partF1   date  agrF1  "
        "false alarms (pipeline / naive)"
    )
    first: list[Scores] = []
    for name, commit, ids in ROUNDS:
        first.append(scored_at(commit, ids))
        print(row(name, commit, len(ids), first[-1]), flush=True)
        if args.current:
            print(row("  today's code", "HEAD", len(ids), scored_at("HEAD", ids)), flush=True)
    n = sum(len(ids) for _, _, ids in ROUNDS)
    print(row("all, first scores", "-", n, pooled(first)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
