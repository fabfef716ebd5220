"""
Numbers, dates and contact data: what the pattern rules find, in which category, with which
span, and what they leave alone; the cue words before a number; and the engine's fast paths
(the shape of a text, word anchors, pre-filters), which must find what a full scan finds.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rewardkit import PhiCategory
from rewardkit.deid import _engine as engine
from rewardkit.deid import builtin_detectors, merge_detections, scan
from rewardkit.deid._numbers import ID_CUES, _find_cue, _tokens_before

C = PhiCategory
NUMBER_CATEGORIES = {
    C.ZIP,
    C.AGE_OVER_89,
    C.ACCOUNT_NUMBER,
    C.LICENSE_NUMBER,
    C.MRN,
    C.SSN,
    C.VEHICLE_ID,
    C.DATE,
    C.USERNAME,
    C.DEVICE_ID,
    C.HEALTH_PLAN_ID,
    C.OTHER_ID,
    C.PHONE,
    C.FAX,
    C.EMAIL,
    C.URL,
    C.IP_ADDRESS,
}


def found(text: str) -> list[tuple[str, str]]:
    return [(d.category.value, text[d.start : d.end]) for d in scan(text)]


# Formats and cues of every number category, none of them taken from the development set.
POSITIVES = [
    ("MRN#: 00-44-1290 on the sheet.", "00-44-1290", "MRN"),
    ("Medical Record No. 8812930 was wrong.", "8812930", "MRN"),
    ("her patient ID#A48812 is on the band", "A48812", "MRN"),
    ("Pt. ID: 4410233 again.", "4410233", "MRN"),
    ("Patient #: 44102339 in the chart", "44102339", "MRN"),
    ("DL: S530-4412-8891 expired", "S530-4412-8891", "LICENSE_NUMBER"),
    ("driver's license #: 88172-09 renewed", "88172-09", "LICENSE_NUMBER"),
    ("CDL 33019281 is back", "33019281", "LICENSE_NUMBER"),
    ("NPI: 1629384756 on the form", "1629384756", "LICENSE_NUMBER"),
    ("Policy #HMO4410012 was denied", "HMO4410012", "HEALTH_PLAN_ID"),
    ("Group # 880123 and Member # 7734521001", "7734521001", "HEALTH_PLAN_ID"),
    ("Group # 880123 and Member # 7734521001", "880123", "HEALTH_PLAN_ID"),
    ("acct #0031-22918 closed", "0031-22918", "ACCOUNT_NUMBER"),
    ("routing 044000037 and account 88120034", "88120034", "ACCOUNT_NUMBER"),
    ("EBT card 5077123456789012 was stolen", "5077123456789012", "ACCOUNT_NUMBER"),
    ("Case #: 22-CR-0419 dismissed", "22-CR-0419", "OTHER_ID"),
    ("Cause No. 2021-09182 closed", "2021-09182", "OTHER_ID"),
    ("DOC# 1184302 on the envelope", "1184302", "OTHER_ID"),
    ("BOP register number 12345-678 on the letter", "12345-678", "OTHER_ID"),
    ("USCIS receipt number IOE0912345678 came", "IOE0912345678", "OTHER_ID"),
    ("passport no. X12345678 expired", "X12345678", "OTHER_ID"),
    ("student ID: 900123456 for the form", "900123456", "OTHER_ID"),
    ("badge #4471 on my lanyard", "4471", "OTHER_ID"),
    ("the officer, badge 5208, was kind", "5208", "OTHER_ID"),
    ("her locker 3391 was empty", "3391", "OTHER_ID"),
    ("he works on KB-TB-2215 every day, the same tablet", "KB-TB-2215", "DEVICE_ID"),
    ("laptop QX-LAB-08831 went missing", "QX-LAB-08831", "DEVICE_ID"),
    ("the form said RM-QT-4410 at the top", "RM-QT-4410", "OTHER_ID"),
    ("a truck with a vanity plate that said BIGRIG7 on it", "BIGRIG7", "VEHICLE_ID"),
    ("his plates, which read LUV2FSH, were famous", "LUV2FSH", "VEHICLE_ID"),
    ("ticket #884123 for the IT desk", "884123", "OTHER_ID"),
    ("Claim ID CLM-44102 denied", "CLM-44102", "OTHER_ID"),
    ("serial: 7734-221-09 on the pump", "7734-221-09", "DEVICE_ID"),
    ("IMEI 35 209900 176148 1 on the box", "35 209900 176148 1", "DEVICE_ID"),
    ("asset tag #IT-00482 on the laptop", "IT-00482", "DEVICE_ID"),
    ("plate number 8ABC123 was called out", "8ABC123", "VEHICLE_ID"),
    ("plates: 4KLM 221 from out of state", "4KLM 221", "VEHICLE_ID"),
    ("VIN ending in 4417 per the dealer", "4417", "VEHICLE_ID"),
    ("his SSN: 987-65-4321 on file", "987-65-4321", "SSN"),
    ("SSN ending 4821 on the form", "4821", "SSN"),
    ("the last four of her social are 6789", "6789", "SSN"),
    ("last 4 SSN 2291 verified", "2291", "SSN"),
    ("SSN XXX-XX-4410 on the letter", "XXX-XX-4410", "SSN"),
    ("social security no. 433 81 2290 was read out", "433 81 2290", "SSN"),
    ("my 93 y/o patient", "93", "AGE_OVER_89"),
    ("a 91-yr-old vet", "91", "AGE_OVER_89"),
    ("(94F) with delirium", "94", "AGE_OVER_89"),
    ("aged ninety-eight and sharp", "ninety-eight", "AGE_OVER_89"),
    ("at the ripe old age of 99, she laughed", "99", "AGE_OVER_89"),
    ("who just turned 100!", "100", "AGE_OVER_89"),
    ("Mrs. K, 96, asked for tea", "96", "AGE_OVER_89"),
    ("she's ninety-three.", "ninety-three", "AGE_OVER_89"),
    ("he's 94 years young", "94", "AGE_OVER_89"),
    ("in her nineties now", "nineties", "AGE_OVER_89"),
    ("The resident, who is 102, sang", "102", "AGE_OVER_89"),
    ("My grandma is ninety-nine and still drives", "ninety-nine", "AGE_OVER_89"),
    ("Our oldest member is 97.", "97", "AGE_OVER_89"),
    ("My neighbour, the one with the cats, is 94 and", "94", "AGE_OVER_89"),
    ("Sorry, I misread: the abuela is 96.", "96", "AGE_OVER_89"),
    ("3rd Feb was the day", "3rd Feb", "DATE"),
    ("Feb 3rd, 2024 was the day", "Feb 3rd, 2024", "DATE"),
    ("on 02.03.2024 she left", "02.03.2024", "DATE"),
    ("2024.03.05 was court", "2024.03.05", "DATE"),
    ("on 11/2 she called", "11/2", "DATE"),
    ("12 Jan was her first day", "12 Jan", "DATE"),
    ("Sat., Mar. 2 at the clinic", "Mar. 2", "DATE"),
    ("Thanksgiving Day 2021 was hard", "Thanksgiving Day 2021", "DATE"),
    ("2024-3-5 in the log", "2024-3-5", "DATE"),
    ("born on the twenty-third of May", "twenty-third of May", "DATE"),
    ("her intake was March the 12th", "March the 12th", "DATE"),
    ("due 12/25 this year", "12/25", "DATE"),
    ("by Aug 2021 she was working", "Aug 2021", "DATE"),
    ("call 555.0123 after six", "555.0123", "PHONE"),
    ("+1-503-555-0142 is her cell", "+1-503-555-0142", "PHONE"),
    ("503 555 0142 is her cell", "503 555 0142", "PHONE"),
    ("1 (800) 555-0199 for the clinic", "(800) 555-0199", "PHONE"),
    ("+44 (0)20 7946 0958 in London", "+44 (0)20 7946 0958", "PHONE"),
    ("0161 496 0123 is the office", "0161 496 0123", "PHONE"),
    ("fax it to 503-555-0188 please", "503-555-0188", "FAX"),
    ("503-555-0147 (fax) for records", "503-555-0147", "FAX"),
    ("jo (at) example.org wrote", "jo (at) example.org", "EMAIL"),
    ("jane.doe at example dot com wrote back", "jane.doe at example dot com", "EMAIL"),
    ("JANE@EXAMPLE.COM wrote", "JANE@EXAMPLE.COM", "EMAIL"),
    ("her site mysite.example is new", "mysite.example", "URL"),
    ("see janedoe-art.com for the shop", "janedoe-art.com", "URL"),
    ("198.51.100.23:8080 was blocked", "198.51.100.23", "IP_ADDRESS"),
    ("the posts all came from 198.51.100.7. Then it stopped.", "198.51.100.7", "IP_ADDRESS"),
    ("it was logged as 10.0.4.12.", "10.0.4.12", "IP_ADDRESS"),
    ("my insta is moonlit.mara now", "moonlit.mara", "USERNAME"),
    ("Twitter: @x_wing_42 posts", "@x_wing_42", "USERNAME"),
    ("lives in 97214 with her mom", "97214", "ZIP"),
    ("Tulsa OK 74103-2201 was the address", "74103-2201", "ZIP"),
    ("postal code 02139 on the card", "02139", "ZIP"),
    ("the 48205 area is rough", "48205", "ZIP"),
    ("Spokane 99201.", "99201", "ZIP"),
    # A ZIP code right after a street address, with no state or cue.
    ("it's 88 Tolliver St, 2nd floor, 02861. Done", "02861", "ZIP"),
    ("send it to 4150 Amberly Ridge Rd, 30518 please", "30518", "ZIP"),
    ("mail: 19 Kestrel Loop, Unit 4, 85716-2201, thanks", "85716-2201", "ZIP"),
    ("the new place is over in Fernbrook, 44105, near her sister", "44105", "ZIP"),
    # A postcode right after a listed town, with no address.
    ("They live in Cabramatta 2166 now.", "2166", "ZIP"),
    ("a flat in Footscray 3011 and it has a lift", "3011", "ZIP"),
    # An age said of a person before "at the time"; what one is for one's age.
    ("She was 93 at the time, widowed twice.", "93", "AGE_OVER_89"),
    ("her memory is honestly not bad for 91. mild changes", "91", "AGE_OVER_89"),
    # The last four digits after words between, or said of someone in the next sentence.
    ("i know the last four by heart now, 6612, because i wrote", "6612", "SSN"),
    ("a different last four. His is 7194, and the appeal went on", "7194", "SSN"),
    # A flat of a Scottish tenement; a possessive in a listed place; a Baltic street.
    (
        "Went round after work. Flat 2/1, 14 Kirkton Road. Empty",
        "Flat 2/1, 14 Kirkton Road",
        "LOCATION",
    ),
    ("mostly on the older adult wards in King's Lynn, and people", "King's Lynn", "LOCATION"),
    (
        "it meets every Tuesday at Antakalnio g. 17, and anyone can come",
        "Antakalnio g. 17",
        "LOCATION",
    ),
    ("Brīvības iela 32 is where the group meets", "Brīvības iela 32", "LOCATION"),
    # A day with its full stop before an English month; a Persian month; a plate after
    # "registration"; the letters of a Dutch postcode; the last four of a SIN.
    ("as an electrician on 24. April last year. He is", "24. April", "DATE"),
    ("On 21 Esfand, just before Nowruz, she came back", "21 Esfand", "DATE"),
    ("a new matatu with his cousin, registration KDA 417X, with music", "KDA 417X", "VEHICLE_ID"),
    ("so people could pick up prints, postcode 3531 EK and all.", "3531 EK", "ZIP"),
    ("me reading out the last 4 of his SIN, 3391, to people", "3391", "SSN"),
    # A day, a month and a two-digit year with full stops after "on".
    ("He was discharged on 5.6.24 with follow-up from the home team", "5.6.24", "DATE"),
    # A person's mobile after a line named in a figure of speech ("his lifeline").
    (
        "His sister was his lifeline; she gave us her mobile, 07700 900462, and called",
        "07700 900462",
        "PHONE",
    ),
    # An age after "a widow of"; the last four after many words and a comma.
    (
        "Last year I was referred a widow of ninety-three, Mrs Adeyemi, who",
        "ninety-three",
        "AGE_OVER_89",
    ),
    ("read the last four out loud to me at the front desk, 6613, and the", "6613", "SSN"),
    # French and Indonesian months.
    ("she invited me to lunch on 3 novembre, at the centre", "3 novembre", "DATE"),
    ("he came home on 17 Agustus 2023 and slept", "17 Agustus 2023", "DATE"),
    # Days of the Ethiopian, Hebrew and Nepali calendars, the day or the month first.
    ("She went home on 12 Meskerem, just after the new year.", "12 Meskerem", "DATE"),
    ("On his yahrzeit, the 4th of Tevet, she asked me", "4th of Tevet", "DATE"),
    ("came home for good on Baisakh 3, 2080. She sent", "Baisakh 3, 2080", "DATE"),
    # An IBAN in its groups with a mistyped check; a file number after "Az." or "ref.".
    ("an account, NL42 INGB 0006 3917 45, that", "NL42 INGB 0006 3917 45", "ACCOUNT_NUMBER"),
    ("and the file number, Az. 31-1187/22, was underlined", "31-1187/22", "OTHER_ID"),
    ("his ref. 4471-22 came back", "4471-22", "OTHER_ID"),
    # The year of birth of someone over 89; a case number in dotted groups.
    ("She was born in 1921 in a village by the sea.", "1921", "DATE"),
    ("born 1908, she outlived them all", "1908", "DATE"),
    (
        "Her case 0804417-22.2023.8.05.0001 was heard in May.",
        "0804417-22.2023.8.05.0001",
        "OTHER_ID",
    ),
]


@pytest.mark.parametrize(("text", "value", "category"), POSITIVES)
def test_finds_the_identifier_in_its_category(text, value, category):
    start = text.index(value)
    end = start + len(value)
    assert any(
        d.start <= start and end <= d.end and d.category.value == category for d in scan(text)
    ), found(text)


# Numbers, dates and words that look like identifiers and are not.
NEGATIVES = [
    "I've been doing this for 15 years and have about 40 clients.",
    "She weighed 98 pounds at intake.",
    "His BP was 140/90 and pulse 95.",
    "Temperature was 99.1 so we held the dose.",
    "We had 120 people at the walk.",
    "The unit has 24 beds and 3 nurses per shift.",
    "I drove 95 miles each way.",
    "She is 100% committed.",
    "Over 9000 hours of supervised practice.",
    "I owe $45,000 in student loans.",
    "Call 1-800-662-4357 for help.",
    "My caseload went from 35 to 92 in a year.",
    "He scored 95 on the final.",
    "In 1995 I started.",
    "The 90s were wild.",
    "At 95 degrees it was too hot to walk.",
    "I was on hold for 95 minutes.",
    "Room 101 is the group room.",
    "My patient is 97 pounds soaking wet.",
    "He is 6'2\" and 190.",
    "Account for 20% of cases.",
    "I read 52 books this year.",
    "Section 8 voucher came through.",
    "1 in 5 adults will struggle.",
    "Member of the team for 12 years.",
    "The claim took 180 days.",
    "The ticket cost $95.",
    "Policy changed in 2023.",
    "The plate was 12 inches wide.",
    "Plates, cups and 200 napkins.",
    "A 12-step program saved him.",
    "GAD-7 of 19, PHQ-9 of 14.",
    "3 x 10mg a day.",
    "2,500 calories a day.",
    "ICD-10 code F33.1 on the chart.",
    "I get paid $19.50/hour.",
    "The 5:30 group ran long.",
    "Member since 2015 and proud.",
    "Ref: DSM-5-TR p. 123 says so.",
    "Chart review took 3 hours.",
    "Her case load is 45 now.",
    "Student loans of 85000 dollars.",
    "I made 65000 last year.",
    "The population is 12000 in town.",
    "She lives in 12 different places a year.",
    "She grew up in 1985 in a small town.",
    "I was 90% sure.",
    "He's 90 days sober.",
    "She's in the 95th percentile.",
    "We turned 90 degrees and left.",
    "At 100 words a minute she types.",
    "Made it to 90 days!",
    "We reached 100 members on the forum.",
    "May 5 people came to group.",
    "In March 3 of my clients relapsed.",
    "April 20 mg was too much.",
    "On 2/3 of the days she slept.",
    "By 3/4 of participants it was rated well.",
    "Ever since 9/11 he has not flown.",
    "Tuesday at 4:30 works for me.",
    "Her phone was 40% charged.",
    "He called 12 times.",
    "I got my license in 2019.",
    "My license expires 2026.",
    "LCSW since 2015 and RN for 12 years.",
    "They got new plates in 2023.",
    "In 2024 we expanded.",
    "That happened in 45678 ways.",
    "I have told her a hundred times.",
    "One hundred percent worth it.",
    "Ninety minutes of paperwork.",
    "The score was 95.",
    "Her pulse was at 95.",
    "Our group has 92 members now.",
    "My case manager said 10/10.",
    "She's got 99 problems.",
    "The 100 days challenge started.",
    "We hit 100 sessions this year.",
    "Bed 14 had a rough night, and bed 22 too.",
    "I see 25 kids a week across 3 schools.",
    "Her A1C went from 9.2 to 6.8.",
    "It took 12345 tries lol.",
    "Level 3 trauma center since 2010.",
    "He got 2 years probation and 90 days of community service.",
    "Form I-94 and Form 1040 and Form W-2.",
    "Top 10 tips.",
    "Call 911 or text 988.",
    "She was one of 100 applicants.",
    "The 1,204 participants answered.",
    "We raised $10000 for the walk.",
    "She ran 26.2 miles at 70 years old.",
    "He is 89 and still driving.",
    "Over 100 people came to the vigil.",
    "The average age of 92 surprised nobody.",
    "Version 1.2.3.4.5 of the app.",
    "About the 94 days, our county limit is 90 and we got an extension.",
    "He asked, and the cap was 95, so we stopped.",
    "My badge 12 times failed at the door.",
    "ICD-10-CM and DSM-5-TR both list it; SARS-CoV-2 and COVID-19 too.",
    "PHQ-9, GAD-7 and PCL-5 scores all dropped.",
    "HIV-1 and IL-6 levels, then CYP-2D6 testing.",
    "The plate that was 12 inches wide broke.",
    "She walks to 88 Tolliver St, 12000 steps a day.",
    "We met at 88 Tolliver St, 20000 of us.",
    "Our office on Fernbrook Road, 45000 dollars a year later.",
    # an abbreviation before a number, not a street
    "I got an A al. 5 times in a row.",
    # a month that ends a sentence before one that starts with an ordinal
    "He graduated in June. First in his family to do it.",
    # a sentence that ends in a number before one that starts with a month
    "We had 12. March was hard, and April was worse.",
    # anyone in their nineties, not someone's age
    "People assume that a person in their nineties has nothing left to work on.",
    # a score at the time; a score for one's age; a name that is an ambiguous month
    "The score was 95 at the time of intake.",
    "not bad for 91 points on the quiz",
    "Sivan 3 came to the group.",
    # a count or a year after a town
    "In Footscray 4000 people marched, and Sydney 2000 was the best year.",
    # a year of birth that tells no age over 89; versions and addresses in dotted groups
    "He was born in 1990 and moved here at six.",
    "Her laptop on build 10.0.19045.3803 kept crashing.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_leaves_look_alikes_alone(text):
    assert [d for d in found(text) if C(d[0]) in NUMBER_CATEGORIES] == []


# --------------------------------------------------------------------------- spans


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("MRN 00482913 was on the sheet.", "00482913"),  # the cue outside
        ("member ID (TX8841207735) went through", "TX8841207735"),  # brackets outside
        ("LPC #009412 on my door", "009412"),  # the sign outside
        ("Call +1 (415) 555-0199 ext. 12 for me.", "+1 (415) 555-0199"),  # the extension outside
        ("It was Friday, August 2nd, finally.", "Friday, August 2nd"),  # the weekday in it
        ("Discharged on Tuesday 11 March, home.", "Tuesday 11 March"),
        ("We met on the 9th of March.", "the 9th of March"),  # "the" before a day in it
        ("the March 3 hearing went well", "March 3"),  # and not before a month
        ("Hearing was 4/22. We won.", "4/22"),
        ("Billings, MT 59101-4417 is the address.", "59101-4417"),
        ("the last four of her SSN 4821 too", "4821"),
        ("Thanks u/exposure_hierarchy_enjoyer_2 for that.", "u/exposure_hierarchy_enjoyer_2"),
    ],
)
def test_the_span_is_the_identifier_itself(text, span):
    assert span in [value for _, value in found(text)], found(text)


def test_an_age_covers_the_number():
    text = "She turned one hundred and two this week and is 101 years old in spirit."
    values = [v for c, v in found(text) if c == "AGE_OVER_89"]
    assert values == ["one hundred and two", "101 years old"]


def test_the_category_follows_the_nearest_cue():
    text = "her new license next to the plate, license number and all (H552-7044-1890)"
    assert ("LICENSE_NUMBER", "H552-7044-1890") in found(text)
    text = "Today he got his driver's license. Number P412-7730-9918."
    assert ("LICENSE_NUMBER", "P412-7730-9918") in found(text)
    # A cue for one number is not a cue for the next one after other words.
    text = "My client (MRN 00482913) called from 555-201-3344 today."
    assert ("PHONE", "555-201-3344") in found(text)
    assert ("MRN", "555-201-3344") not in found(text)
    # The numbers of a list share their cue.
    text = "the serials for the loss form, HA22-719403L / HA22-719404R."
    assert [c for c, v in found(text) if v.startswith("HA22")] == ["DEVICE_ID", "DEVICE_ID"]


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "He read his member number, QRV 640 118 902, to her.",
            "QRV 640 118 902",
            "HEALTH_PLAN_ID",
        ),
        ("Her Medicare card number, 5530 81277 4, was wrong.", "5530 81277 4", "HEALTH_PLAN_ID"),
        ("they typed his VA file number as K-41 220 816 again", "K-41 220 816", "OTHER_ID"),
        ("his member ID 6120 4471 83 was wrong", "6120 4471 83", "HEALTH_PLAN_ID"),
        ("a new plate, WD21 PLX, and a new start", "WD21 PLX", "VEHICLE_ID"),
    ],
)
def test_an_id_in_groups_with_spaces_is_found_whole(text, value, category):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "case files from 2019 2020 and 2021 were lost",
        "her account 12 30 minutes later was locked",
        "member number 3 of 12 in the group",
        "the record 4 5 6 7 days in a row",
    ],
)
def test_numbers_in_groups_without_an_id_are_not_one(text):
    assert [v for _, v in found(text) if " " in v] == []


def test_a_fax_is_told_by_the_nearest_word_for_a_line():
    text = "I faxed it page by page to the hearing office at (210) 555-0172 because"
    assert ("FAX", "(210) 555-0172") in found(text)
    text = "fax: 614-555-0110, phone 614-555-0111"
    assert found(text) == [("FAX", "614-555-0110"), ("PHONE", "614-555-0111")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eight digits in two fours, alone: a line's number, wherever it stands
        ("I rang the office, 6225 1144, and waited.", [("PHONE", "6225 1144")]),
        ("I called her daughter, 9123 4567, twice.", [("PHONE", "9123 4567")]),
        ("Our old fax machine, the one on 2233 4455, died.", [("FAX", "2233 4455")]),
        # two years, two times of day, a free line, a number in more groups or with letters
        ("She worked there 1998 2004 and loved it.", []),
        ("The drop-in is open 0900 1730 on weekdays.", []),
        ("Childline is on 0800 1111 and it's free.", []),
        ("the code 1234 5678 9012 3456 here", [("OTHER_ID", "1234 5678 9012 3456")]),
        ("He read out 4471 2280 KM slowly.", []),
    ],
)
def test_eight_digits_in_two_fours_are_a_lines_number(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        # plates of Korea and Thailand, with letters of their scripts
        ("His plate says 12\uac00 3456 on it.", "12\uac00 3456"),
        ("the plate, 1\u0e01\u0e02 2345, was new", "1\u0e01\u0e02 2345"),
        # Vietnamese plates, whole with the digits after the dot
        ("plate number 51F-123.45 on the bike", "51F-123.45"),
        ("the plate 59-X1 234.56 on the bike", "59-X1 234.56"),
        # an Indian plate written close
        ("his new plate, KA 05MN2231, came", "KA 05MN2231"),
    ],
)
def test_plates_of_other_countries_after_a_plate_cue(text, plate):
    assert ("VEHICLE_ID", plate) in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # four digits set off by commas a few words after a postcode's cue, or before one
        ("She wrote the postcode on the form, 2170, and smiled.", ["2170"]),
        ("I asked for her postcode for the flyer, 3175, and she laughed.", ["3175"]),
        ("Most of our families are from the 2770 postcode, which is big.", ["2770"]),
        # after a listed town written small, before "with"
        ("i live in blacktown 2148 with my mum now. i said so.", ["2148"]),
        ("I live in Blacktown 2148 with my mum.", ["2148"]),
        # another sentence, a year, a round number, a word that is no town
        ("The postcode was wrong. Later, 2170, and more.", []),
        ("the postcode thing in 2019, 2170, and more", []),
        ("the postcode lottery, 1000, and more", []),
        ("we got in time 2148 things done", []),
    ],
)
def test_four_digits_near_a_postcodes_cue_or_after_a_town_written_small(text, expected):
    assert [v for c, v in found(text) if c == "ZIP"] == expected


def test_a_number_after_case_or_student_number_is_no_phone():
    assert ("PHONE", "2104418") not in found("her student number is 2104418 now")
    assert ("PHONE", "555 0134") in found("her number is 555 0134 now")


# --------------------------------------------------------------------------- cue words


def cue(text: str):
    return _find_cue(_tokens_before(text, len(text)))


def test_every_cue_category_is_listed_once():
    phrases = [" ".join(p.split()) for listed in ID_CUES.values() for p in listed.split("|")]
    assert len(phrases) == len(set(phrases))
    assert all(p == p.lower() for p in phrases)


@pytest.mark.parametrize(
    ("before", "category", "strict", "last_digits"),
    [
        ("her MRN ", C.MRN, True, False),
        ("patient ID #", C.MRN, True, False),
        ("Pt. ID: ", C.MRN, True, False),
        ("his chart still says ", C.MRN, True, False),
        ("Registration knows his MRN by heart, ", C.MRN, False, False),
        ("member ID (", C.HEALTH_PLAN_ID, True, False),
        ("checking account ending in ", C.ACCOUNT_NUMBER, True, True),
        ("the last four of her SSN ", C.SSN, True, True),
        ("Docket no. ", C.OTHER_ID, True, False),
        ("Acct. no. ", C.ACCOUNT_NUMBER, True, False),
        ("her A-number ", C.OTHER_ID, True, False),
        ("(RN ", C.LICENSE_NUMBER, True, False),
        ("ID #", None, True, False),
    ],
)
def test_the_cue_before_a_number(before, category, strict, last_digits):
    found_cue = cue(before)
    assert found_cue is not None
    assert (found_cue.category, found_cue.strict, found_cue.last_digits) == (
        category,
        strict,
        last_digits,
    )


@pytest.mark.parametrize(
    "before",
    [
        "the case took hours and hours, and then finally she read out ",  # too many words
        "the MRN was wrong. Then she called ",  # a sentence between
        "MRN 00482913) called from ",  # a bracket closed, another number between
        "",
    ],
)
def test_no_cue_before_a_number(before):
    assert cue(before) is None


# --------------------------------------------------------------------------- the engine


def test_the_shape_keeps_one_byte_per_character():
    text = "Call 555-0134, Zoë! 🎉 Łódź\u00a0İ"
    shape = engine.shape(text)
    assert len(shape) == len(text)
    assert shape == b"Aaaa 000-0000, Aaa! \x01 \x01aa\x01 \x01"


def test_the_prepared_text_keeps_the_offsets_of_the_text():
    text = "İstanbul ZIP 12345 and MRN"
    state = engine.prepared(text)
    assert engine.prepared(text) is state  # shared by the detectors of one scan
    assert len(state.lowb) == len(text)
    assert state.lowb.index(b"zip") == text.index("ZIP")
    assert {b"zip", b"12345", b"and", b"mrn"} <= state.words
    assert state.digits
    assert not engine.prepared("no digits here").digits


def test_a_word_anchor_finds_whole_words_in_any_case():
    anchor = engine.word_anchor("zip", "postal")
    text = "ZIP code 12345, zipper, the Zip: postal-code; unzip"
    assert anchor(engine.prepared(text)) == [0, 28, 33]
    assert anchor(engine.prepared("nothing to see")) == []
    with pytest.raises(ValueError, match="lowercase word"):
        engine.word_anchor("Zip")


def test_digit_rules_are_known_by_their_patterns():
    assert engine._needs_digit(rb"00*")
    assert not engine._needs_digit(rb"0?a")
    assert not engine._needs_digit(rb"0|a")
    assert not engine._needs_digit(rb"\.[aA][aA]")
    assert engine._starts_with_digit(engine.re.compile(r"\d{3}(?:a|b)"))
    assert not engine._starts_with_digit(engine.re.compile(r"\d{3}|a"))
    assert not engine._starts_with_digit(engine.re.compile(r"[0-9]?x"))
    assert engine._top_level_alternation(r"a|b")
    assert not engine._top_level_alternation(r"(a|b)[|]\|")


# Fragments from which the property tests build texts: digits and their separators, cue words
# of every family, months, ordinals, spelled numbers, letters, spaces and punctuation.
FRAGMENTS = [
    "0",
    "1",
    "4",
    "7",
    "9",
    "12",
    "90",
    "101",
    "2024",
    "44021",
    "555",
    "0134",
    "4417",
    "-",
    "/",
    ".",
    ",",
    ":",
    " ",
    "  ",
    "\n",
    "(",
    ")",
    "#",
    "+",
    "@",
    "'",
    "_",
    "MRN",
    "SSN",
    "ssn ",
    "member ID ",
    "acct",
    "plate ",
    "VIN ",
    "serial ",
    "case #",
    "zip ",
    "ZIP",
    "in ",
    "TX",
    "A",
    "Q",
    "x",
    "XXX-XX-",
    "on ",
    "as of ",
    "was ",
    "Tues ",
    "March ",
    "Sept. ",
    "may ",
    "the ",
    "fifth",
    " of ",
    "twenty-",
    "ninety",
    "-one",
    "hundred",
    " and ",
    "turned ",
    "she's ",
    "aged ",
    "years old",
    "fax ",
    "call ",
    "phone ",
    "ext ",
    "(at)",
    " dot ",
    "com",
    "example.org",
    "www.",
    "http://",
    "u/",
    "ab",
    "last four ",
    "social ",
    "Ohio ",
    "Spokane ",
    "MT ",
    "birthday",
    "Christmas ",
    "dot",
    "born in ",
    "1921",
    "22.2023",
]
PATTERN_DETECTORS = [d for d in builtin_detectors() if isinstance(d, engine.PatternDetector)]


def full_scan(detector: engine.PatternDetector, text: str) -> list[tuple[int, int, str]]:
    """What *detector* finds when every rule reads the whole text, with no pre-filter."""
    out = []
    for rule in detector.rules:
        pattern = rule.compiled
        has_id = "id" in pattern.groupindex
        for m in pattern.finditer(text):
            if rule.check is not None and not rule.check(m, text):
                continue
            start, end = m.span("id") if has_id else m.span()
            if start < 0 or start == end:
                continue
            category = rule.category if rule.category_of is None else rule.category_of(m, text)
            if category is not None:
                out.append((start, end, category.value))
    return sorted(out)


def fast_scan(detector: engine.PatternDetector, text: str) -> list[tuple[int, int, str]]:
    """What the rules' pre-filters let *detector* find (before any widening of its own)."""
    found = engine.PatternDetector.detect(detector, text)
    return sorted((d.start, d.end, d.category.value) for d in found)


def test_an_anchor_on_capitals_hides_no_number_after_them():
    # "MRNcase" is no issuer, and the anchor's hit on it must not hide the "#" after it
    text = "MRNcase #002024"
    for detector in PATTERN_DETECTORS:
        assert fast_scan(detector, text) == full_scan(detector, text), detector.name


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=16))
def test_the_fast_paths_find_what_a_full_scan_finds(parts):
    text = "".join(parts)
    for detector in PATTERN_DETECTORS:
        # A fresh copy each time, so that nothing found in the text before is reused.
        assert fast_scan(detector, "".join(list(text))) == full_scan(detector, text), (
            detector.name,
            text,
        )


@pytest.mark.parametrize(
    "path", sorted((Path(__file__).parent / "deid_eval").glob("*.jsonl")), ids=lambda p: p.name
)
def test_the_fast_paths_find_what_a_full_scan_finds_in_the_evaluation_posts(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        for detector in PATTERN_DETECTORS:
            assert fast_scan(detector, text) == full_scan(detector, text), (detector.name, text)


# --------------------------------------------------------------------------- the benchmark


def test_the_benchmark_scores_a_development_set(tmp_path, capsys):
    bench = Path(__file__).parent.parent / "benchmarks"
    sys.path.insert(0, str(bench))
    try:
        import deid_throughput
    finally:
        sys.path.remove(str(bench))
    (tmp_path / "corpus.jsonl").write_text(
        '{"id": "a", "text": "My client Rosalind called 555-201-3344."}\n'
        '{"id": "b", "text": "Session at 3pm."}\n',
        encoding="utf-8",
    )
    (tmp_path / "labels.jsonl").write_text(
        '{"id": "a", "spans": [{"start": 10, "end": 18, "category": "NAME"}, '
        '{"start": 26, "end": 38, "category": "PHONE"}]}\n{"id": "b", "spans": []}\n',
        encoding="utf-8",
    )
    posts = deid_throughput.phi_dev_posts(tmp_path)
    assert [len(p.spans) for p in posts] == [2, 0]
    deid_throughput.phi_dev(tmp_path, None, 1)
    out = capsys.readouterr().out
    assert "2 posts, 1 with identifiers, 1 clean" in out
    assert "rule engine" in out
    assert "span recall 100.0%" in out


# --------------------------------------------------------------------------- edge cases


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("on may 5th she came back", "may 5th", "DATE"),  # a lowercase month with an ordinal
        ("we start june 5 at noon", "june 5", "DATE"),
        ("by jan 12th it was over", "jan 12th", "DATE"),
        ("the 12th may 2024 was sunny", "the 12th may 2024", "DATE"),
        # A lowercase "march" or "may" with a year, or with a day after a word for a time.
        ("on the list since march 2019 now", "march 2019", "DATE"),
        ("moved out in may 2023, finally", "may 2023", "DATE"),
        ("her hearing is on march 14 at noon", "march 14", "DATE"),
        ("since may 3 she has not called", "may 3", "DATE"),
        ("Pi day is 3/14.", "3/14", "DATE"),
        ("she was discharged on 21/05 back home", "21/05", "DATE"),  # day first, no doubt
        ("mild since 14/06. When he left", "14/06", "DATE"),
        ("VIN 1HGCM82633A004353 on the title", "1HGCM82633A004353", "VEHICLE_ID"),  # cue, no check
        ("a title for 1HGBM82633XY04353 came", "1HGBM82633XY04353", "VEHICLE_ID"),  # a mix
        # a taxpayer number (9xx) written as a social security number is as identifying
        ('he said "987-65-4322, ma\'am" to the clerk', "987-65-4322", "SSN"),
        # words joined by underscores read as a handle, with no cue
        ("a user named moth_in_the_porchlight posted", "moth_in_the_porchlight", "USERNAME"),
        ("our member, static_sunflower, posted", "static_sunflower", "USERNAME"),
    ],
)
def test_edge_cases_found(text, value, category):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "you may 5 times a day",  # "may" as a verb
        "they march 2000 people to the capitol",
        "you may 2 of them keep",
        "we may 12 hours wait",
        "jan 12 people came",
        "12 may be enough",
        "the night of 3/14 we argued",  # "of" without "as"
        "(3/14) was pi day",
        "Our pulse was 3/5.",
        "social 4821 is a club",  # "social" alone is not enough for four digits
        "SSN 000123456 is not a number anyone has",
        "ABCDEFGHJKLMNPR12 is a code",  # too few digits for a VIN without a cue
        "1 in 48205.",
        "Spokane 10000.",
        "Case 48205.",
        "see google.com for it",
        "912 04 3318 were the counts",  # 9xx without hyphens: counts, not a taxpayer number
        "see my_notes.txt, the MAX_DOSE and ab_c",  # a file name, a constant, too short
    ],
)
def test_edge_cases_left_alone(text):
    kinds = {C.DATE, C.SSN, C.VEHICLE_ID, C.ZIP, C.URL, C.PHONE}
    assert [d for d in found(text) if C(d[0]) in kinds] == []


def test_a_rule_without_an_anchor_matches_as_its_pattern_does():
    rule = engine.Rule(
        category=C.OTHER_ID,
        pattern=engine.re.compile(r"bed (?P<id>\d*)"),
        score=0.5,
        reason="bed number",
    )
    text = "bed 12 and bed and bed 7"
    assert [m.group("id") for m in rule.matches(text)] == ["12", "", "7"]
    detector = engine.PatternDetector(name="bed", rules=[rule])
    # The empty span of the second match is dropped.
    assert [text[d.start : d.end] for d in detector.detect(text)] == ["12", "7"]


def test_a_blank_term_allows_nothing():
    assert found("MRN 00482913") == found("MRN 00482913") != []
    assert scan("MRN 00482913", allow=["  "]) == scan("MRN 00482913")


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to be telling this story when I'm 90.",
        "Happy Fourth of July weekend, everybody.",
    ],
)
def test_a_future_age_and_a_holiday_are_no_identifiers(text):
    assert found(text) == []


def test_the_holiday_of_a_given_year_is_a_date():
    assert ("DATE", "the Fourth of July, 2023") in found("He relapsed on the Fourth of July, 2023.")
    assert ("AGE_OVER_89", "93") in found("She is 93 and still knits.")


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("I know his last four, 4471, better than my own.", "SSN", "4471"),
        ("the office only wanted the last 4 digits: 9032", "SSN", "9032"),
        (
            "my state license is LMHC-NY 20417 and the fax is below.",
            "LICENSE_NUMBER",
            "LMHC-NY 20417",
        ),
    ],
)
def test_last_four_without_ssn_and_a_licence_with_its_state(text, category, value):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the card, last four 7712, was declined again.",
        "He has worked 2 jobs for the last 4 years.",
    ],
)
def test_last_four_of_a_card_or_a_span_of_years_is_no_ssn(text):
    assert [v for c, v in found(text) if c == "SSN"] == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        (
            "removed from the old account (6630 5518 2092) at last.",
            "ACCOUNT_NUMBER",
            "6630 5518 2092",
        ),
        (
            "his health card number (5819 330 842 TK) was wrong.",
            "HEALTH_PLAN_ID",
            "5819 330 842 TK",
        ),
        ("the family's home zip, which is 55408, was wrong.", "ZIP", "55408"),
        ("her new address: Lindenweg 7, 10115 Musterstadt. Proud.", "ZIP", "10115"),
    ],
)
def test_ids_in_groups_a_zip_after_which_and_a_postcode_after_a_street(text, category, value):
    assert (category, value) in found(text)


def test_a_capital_word_after_an_id_in_groups_is_not_part_of_it():
    assert ("HEALTH_PLAN_ID", "1234 5678") in found("the member number 1234 5678 IS wrong")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a nice week.\n\nOn the 22nd he drove two hours to see her.", "the 22nd"),
        ("the forms are due by the 3rd.", "the 3rd"),
        ("On 23 d'abril, the day of books, he came back.", "23 d'abril"),
        ("plan something for his birthday, 3 de mayo. She wanted", "3 de mayo"),
        ("On 2. Juli she got her results.", "2. Juli"),
        ("le 3 mars 2024 elle est venue", "le 3 mars 2024"),
        ("il 14 settembre siamo andati", "il 14 settembre"),
        ("On 14.03. we had the last session.", "14.03."),
    ],
)
def test_a_day_after_on_the_days_of_other_languages_and_dotted_days_are_dates(text, value):
    assert ("DATE", value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "We met on the 3rd floor and by the 10th session she smiled.",
        "grab 2 mayo packets and 3 mars bars",
        "see section 3.1. and then 2.4. of the manual",
    ],
)
def test_floors_sessions_snacks_and_sections_are_no_dates(text):
    assert [v for c, v in found(text) if c == "DATE"] == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("meet me at Via Ermenegildo Lodi 27/B, 40138 Bologna. Or not.", "LOCATION", "Bologna"),
        ("meet me at Via Ermenegildo Lodi 27/B, 40138 Bologna. Or not.", "ZIP", "40138"),
        ("now Calle Txirbilenea 23, 3º izquierda, 48011 Bilbao and he", "ZIP", "48011"),
        (
            "now Calle Txirbilenea 23, 3º izquierda, 48011 Bilbao and he",
            "LOCATION",
            "Calle Txirbilenea 23, 3º izquierda",
        ),
        (
            "find it: No. 23 Alhaji Musa Dankoli Street, Gyadi-Gyadi, Kano. I told him",
            "LOCATION",
            "No. 23 Alhaji Musa Dankoli Street, Gyadi-Gyadi",
        ),
        ("letters: P.O. Box 2214-80100, Mombasa. Many", "LOCATION", "P.O. Box 2214-80100"),
    ],
)
def test_addresses_of_italy_spain_nigeria_and_kenya(text, category, value):
    assert (category, value) in found(text)


def test_an_age_over_89_after_a_name_of_any_script():
    assert ("AGE_OVER_89", "103") in found("at every event.\n\nGuðný is 103. She came to us.")


def test_a_reserved_domain_with_a_path_is_a_url_and_a_month_ends_its_sentence():
    text = "meetings are open to any nurse: nursesafterdark.example/join. no referral"
    assert ("URL", "nursesafterdark.example/join") in found(text)
    assert found("trying to get her MassHealth back since march. 3 denials.") == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("the referral was wrong for a whole year, H53 W2K8, kept sending me", "ZIP", "H53 W2K8"),
        ("form is on my desk. Postal code on it is 7784 and she underlined it", "ZIP", "7784"),
        ("a shoebox. She's 91 herself and sharper than me.", "AGE_OVER_89", "91"),
        ("on Saturday the 21st she had a big birthday", "DATE", "Saturday the 21st"),
    ],
)
def test_eircodes_four_digit_postcodes_ages_and_a_weekday_before_a_day(text, category, value):
    assert (category, value) in found(text)


def test_a_day_alone_before_a_preposition():
    assert ("DATE", "the 14th") in found("Nour was discharged on the 14th with outpatient care.")


def test_a_spelled_age_over_89_before_yesterday():
    assert ("AGE_OVER_89", "one hundred and one") in found(
        "very funny, turned one hundred and one yesterday."
    )


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("we sorted her account, the one ending in 4471, for good", "ACCOUNT_NUMBER", "4471"),
        ('his text said "Registration 508817. I passed!"', "LICENSE_NUMBER", "508817"),
        ("I had to put my registration (#20931) on the form", "LICENSE_NUMBER", "20931"),
        ("every hour I'd check, scan 0822-51906, and move on", "OTHER_ID", "0822-51906"),
        ("the right one is 03-061177340-2, finally", "OTHER_ID", "03-061177340-2"),
        ("she read it to me, 3184 72905 2, twice", "OTHER_ID", "3184 72905 2"),
        ("off the photo: MBX 0411 2278 63. done", "OTHER_ID", "MBX 0411 2278 63"),
        ("on his band (QT7 204 3318) for the nurses", "OTHER_ID", "QT7 204 3318"),
        ("a red Fiat, plate 06 BRT 552, outside", "VEHICLE_ID", "06 BRT 552"),
        ("I know her plate by heart now, KXM719, from waiting", "VEHICLE_ID", "KXM719"),
    ],
)
def test_last_digits_far_from_a_cue_ids_by_their_groups_and_plates_of_other_shapes(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "she worked there 1998-2004 and again 2019-20.",
        "the fund reached 100 000 000 this year",
        "she cleared her plate in ten minutes, OK? A1 effort.",
        "a story ending in 2019 with a new flat",
    ],
)
def test_spans_of_years_round_amounts_and_plates_of_food_are_no_ids(text):
    assert [c for c, _ in found(text) if c != "DATE"] == []


@pytest.mark.parametrize(
    ("text", "category", "value"),
    [
        ("someone called our warmline, (520) 555-0163, and asked", "PHONE", "(520) 555-0163"),
        ("We found it on an old letter, QQ 21 48 07 C, and applied", "SSN", "QQ 21 48 07 C"),
        ("his NI number is AB123456C, so", "SSN", "AB123456C"),
        ("with the association, licence RCC 14072, and I can bill", "LICENSE_NUMBER", "14072"),
        ("His claim (VA claim 31-884-20917) came back", "OTHER_ID", "31-884-20917"),
        ("His place is at 22 Wattlebird Lane, Footscray 3011 and it has", "ZIP", "3011"),
        ("She lives at 14 Elm Street, Springfield 62704.", "ZIP", "62704"),
        ("both worlds. 55130 has a lot of families like his.", "ZIP", "55130"),
    ],
)
def test_local_lines_national_insurance_issuers_capitals_and_postcodes_after_a_town(
    text, category, value
):
    assert (category, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please call or text 988, or the old lifeline 1-800-273-8255.",
        "We raised money. 12345 was the total.",
        "at 4 Main St, Dublin 2019 was a great year",
        "I paid USD 14072 for it",
    ],
)
def test_national_lines_totals_years_and_amounts_are_no_identifiers(text):
    assert [c for c, _ in found(text) if c in {"PHONE", "ZIP", "OTHER_ID"}] == []


@pytest.mark.parametrize(
    "text",
    [
        "Find her on Instagram, @bjørnar_og_kari, she posts daily.",
        "his account is ølvirsøndergård.kunst now",
        "her tiktok is @çağlayan.99 and she is proud",
    ],
)
def test_the_fast_paths_find_handles_of_any_script(text):
    # a rule's trigger may not be narrower than its pattern: letters of any script in both
    for detector in PATTERN_DETECTORS:
        assert fast_scan(detector, text) == full_scan(detector, text), detector.name
    assert any(d.category.value == "USERNAME" for d in scan(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Mexico's and Brazil's postal codes after their cues, and the cue no person's initials
        ("She wrote to my old postal code, C.P. 04000, which still reached me.", "04000"),
        ("O endereço tem CEP 01310-100, perto da avenida.", "01310-100"),
    ],
)
def test_postal_codes_of_mexico_and_brazil_after_their_cues(text, expected):
    merged = merge_detections(scan(text))
    assert [(d.category.value, text[d.start : d.end]) for d in merged] == [("ZIP", expected)]


def test_two_initials_are_a_person_where_no_postal_code_follows():
    assert ("NAME", "C.P.") in found("C.P. was admitted on Monday.")
    assert found("He has CP and 12 seizures a year.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("reddit user quietgardener22 messaged me last night", "quietgardener22"),
        ("She's a Twitch streamer RiverOtterPlays, and proud of it.", "RiverOtterPlays"),
        ("He asked me to pay him back on Cash App $keishamoney, not cash.", "keishamoney"),
        ("Her Venmo: @Tasha-Lee-12 (she sells cakes).", "@Tasha-Lee-12"),
        ("His Discord: moonbeam#4821, if you play.", "moonbeam#4821"),
        ("she was BluebirdSings on the old forum, years ago", "BluebirdSings"),
        ("kezia99 on insta said hi to the whole group", "kezia99"),
    ],
)
def test_handles_of_payment_apps_game_tags_streamers_and_forum_names(text, expected):
    for detector in PATTERN_DETECTORS:
        assert fast_scan(detector, text) == full_scan(detector, text), detector.name
    assert ("USERNAME", expected) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "We met in Room#4821 and went over issue#4821 again.",
        "Twitch is fun, a redditor said it well, and the reddit user is anonymous.",
        "covid19 on the forum, McDonald on the forum, MacLeod on the forum.",
        "Venmo me $20 and Cash App is how she pays rent.",
    ],
)
def test_numbered_things_platform_words_and_names_are_no_handles(text):
    assert [v for c, v in found(text) if c == "USERNAME"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's name in brackets after a ZIP code after "in"
        ("She grew up in 93701 (Fresno) and never left.", "93701"),
        # a line of an address: the postcode, then a listed town
        ("Her card had it all:\n13001 Marseille\nFrance", "13001"),
        # a dash between the town and its PIN
        ("Write to her at Chennai - 600004, she said.", "600004"),
        ("Write to her at Mumbai \u2013 400014, she said.", "400014"),
        # an age set off by commas after "now"
        ("Her dad, now 98, still drives to the market.", "98"),
        # a ZIP code after a move or "in all of"
        ("She moved to 94110 last year.", "94110"),
        ("We are moving to 30314 in May.", "30314"),
        ("His yard is the best-kept one in all of 77072, I swear.", "77072"),
    ],
)
def test_postcodes_in_address_lines_and_after_a_dash_and_an_age_after_now(text, expected):
    for detector in PATTERN_DETECTORS:
        assert fast_scan(detector, text) == full_scan(detector, text), detector.name
    assert expected in [v for _, v in found(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day, a month and a year of two digits each with full stops, with no cue
        ("It's 14.07.08. Apparently the system got it wrong.", ["14.07.08"]),
        # a month and a day after a verb of a record
        ("the lease was signed 4/22. he put the photo up", ["4/22"]),
        ("Pt seen in clinic, adm 12/3 via ED", ["12/3"]),
        ("He was released 6/14 and came straight here.", ["6/14"]),
        # a version or a section; a month that is none; a share
        ("the app's version 10.11.12 broke it", []),
        ("Version: 10.11.12 broke it", []),
        ("It's 31.13.08, a code", []),
        ("we moved 2/3 of the boxes", []),
    ],
)
def test_dates_in_figures_with_full_stops_and_after_a_verb_of_a_record(text, expected):
    for detector in PATTERN_DETECTORS:
        assert fast_scan(detector, text) == full_scan(detector, text), detector.name
    assert [v for c, v in found(text) if c == "DATE"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # letters and digits run together, with no cue: a handle written small, else an id
        ("on the forum she goes by k9lover2a. For months", [("USERNAME", "k9lover2a")]),
        ("Her gamer tag was quietfox77 and that was it", [("USERNAME", "quietfox77")]),
        ("his login, mkay2019, still works", [("USERNAME", "mkay2019")]),
        ("his vanity plate. It says GR8FUL1. Grateful.", [("OTHER_ID", "GR8FUL1")]),
        # capitals and digits with no digit written for a letter: the id rules' to read
        ("The model was ZJK4417, a cheap one.", []),
        # a product and its number; words numbered in turn
        ("a new GoPro7 for the trip", []),
        ("the list went item10, item11, item12 and on", []),
        # a thing and its number; too short; no three letters together; inside a file's name
        ("after covid19 hit, Ward7B and Windows10 and Python3", []),
        ("the PHQ9, the GAD7, an mp3 and a 4x4", []),
        ("code X7Y8Z9 on the box", []),
        ("she sent notes2023.docx to me", []),
    ],
)
def test_letters_and_digits_run_together_are_a_handle_or_an_id(text, expected):
    for detector in PATTERN_DETECTORS:
        assert fast_scan(detector, text) == full_scan(detector, text), detector.name
    assert [
        (c, v) for c, v in found(text) if c in {"USERNAME", "OTHER_ID", "VEHICLE_ID"}
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # four digits said to end a longer number, with no cue before them
        ('reading it off, "it says here... ending in 6280... is that me?"', ("OTHER_ID", "6280")),
        ("the one ending with 4417, she said", ("OTHER_ID", "4417")),
        # with a cue, the cue names it
        ("the overdrafted account ending in 7731 without", ("ACCOUNT_NUMBER", "7731")),
        # a year; a distance
        ("a decade ending in 1999 and a new start", None),
        ("the road ends in 2 miles", None),
    ],
)
def test_four_digits_said_to_end_a_longer_number(text, expected):
    for detector in PATTERN_DETECTORS:
        assert fast_scan(detector, text) == full_scan(detector, text), detector.name
    merged = [(d.category.value, text[d.start : d.end]) for d in merge_detections(scan(text))]
    assert [(c, v) for c, v in merged if c != "DATE"] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a street's word of another language written small, after a house number
        ("The address is 14 chemin des Arbousiers, 20090, and", ["14 chemin des Arbousiers"]),
        (
            "written: 227 boulevard Saint-Pierre Ouest, Caraquet,",
            ["227 boulevard Saint-Pierre Ouest"],
        ),
        ("her flat at 12 bis rue des Tanneurs, 2e étage", ["12 bis rue des Tanneurs"]),
        ("they sent it to 3 avenue Foch last week", ["3 avenue Foch"]),
        # or before a particle
        ("his little house on rue des Goélands near the harbour", ["rue des Goélands"]),
        ("the café on rue de l'Église was shut", ["rue de l'Église"]),
        ("she lives on calle del Olmo with her sister", ["calle del Olmo"]),
        # not English words: an impasse, a boulevard, "via", "place"
        ("We reached an impasse. Then Sam called.", []),
        ("the boulevard Was closed", []),
        ("She came from Syria via Lebanon.", []),
        ("the only place I feel heard", []),
    ],
)
def test_a_street_whose_word_of_another_language_is_written_small(text, expected):
    for detector in PATTERN_DETECTORS:
        assert fast_scan(detector, text) == full_scan(detector, text), detector.name
    streets = [
        text[d.start : d.end]
        for d in scan(text)
        if d.reason == "street name with its word written small in another language"
    ]
    assert streets == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number over 89 set off after a name with a title, a given name or a word for kin,
        # before a full stop
        ("I want to tell you about Mrs Kamado, 97. She lives alone.", ["97"]),
        ("I went to see her dad, 98. He was up already.", ["98"]),
        # any title or word for kin the lists know, before the surname
        ("We visited Grandad Kowalczyk, 93. He still sings.", ["93"]),
        ("We visited Tita Magbanua, 94. She still sings.", ["94"]),
        # before "this year", in figures or in words
        ("Grandma Joy, 91 this year, is still sharp.", ["91"]),
        ("Auntie Dulcie, ninety-six this year, still gardens.", ["ninety-six"]),
        # in words before "and finally"
        ("Ninety-four and finally sleeping through the night", ["Ninety-four"]),
        # after no person: a count
        ("We had two rooms left: Room 4, 97. Next came the lift.", []),
        ("The unit at Northfield, 95. The other one is smaller.", []),
    ],
)
def test_an_age_over_89_after_a_person_before_a_full_stop_or_this_year(text, expected):
    assert [v for c, v in found(text) if c == "AGE_OVER_89"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The count - 12345 people - was a surprise.",
        "We had 12000 Parisians at the march.",
        "In 12345 (approx) cases it works.",
        "Ward 5, now 95 beds, is full again.",
        # an amount after "to" or "of", a move to a round number or of a count
        "It rose to 12345 and then fell.",
        "A total of 12345, give or take.",
        "Our page moved to 12345 followers.",
        "They moved to 20000, the sign said.",
    ],
)
def test_counts_after_a_dash_round_numbers_and_counts_of_things_stay(text):
    assert [v for c, v in found(text) if c in {"ZIP", "AGE_OVER_89"}] == []


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        ("His file just said Criminal Case No. 212 of 2021, next date", "OTHER_ID", "212 of 2021"),
        ("He came on the keke with AGU 517 KJ painted on the back.", "VEHICLE_ID", "AGU 517 KJ"),
        ("She hated her birthday, Tir 23, because of what happened.", "DATE", "Tir 23"),
        ("A flat through the Kelvinmoor Housing Co-operative.", "ORGANIZATION", "Kelvinmoor"),
    ],
)
def test_court_numbers_with_their_year_nigerian_plates_persian_birthdays_co_operatives(
    text, category, expected
):
    for detector in PATTERN_DETECTORS:
        assert fast_scan(detector, text) == full_scan(detector, text), detector.name
    assert any(c == category and expected in v for c, v in found(text))


@pytest.mark.parametrize(
    "text",
    [
        "The NHS 111 TV advert and the TOP 100 UK songs.",
        "case no. 7 of 20 cases went to trial",
        "Mehr 23 came to see me",  # a month that is a name too, with no birthday before it
    ],
)
def test_bodies_counts_and_names_are_no_plates_case_numbers_or_dates(text):
    assert [v for c, v in found(text) if c in {"VEHICLE_ID", "OTHER_ID", "DATE"}] == []


@pytest.mark.parametrize(
    "text",
    [
        "his SSN is 987 65 4321, I have said it out loud a hundred times",
        "his SSN is 988 60 7500 and the office lost it again",
        "SSN: 987654321.",
    ],
)
def test_nine_digits_starting_with_nine_after_an_ssns_cue_are_the_ssn(text):
    assert [c for c, _ in found(text)] == ["SSN"]


def test_nine_digits_in_groups_starting_with_nine_without_a_cue_are_no_ssn():
    assert [c for c, _ in found("Order 987 65 4321 shipped on time.") if c == "SSN"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call is no phone's number
        ("so i sat with him on the phone while he read out the last four, 6281, twice", "6281"),
        ("over the phone she gave me the last four, 2231.", "2231"),
    ],
)
def test_the_last_four_read_out_on_the_phone_are_the_ssns(text, expected):
    assert ("SSN", expected) in found(text)


def test_the_last_four_of_a_phone_or_a_card_are_no_ssn():
    for text in (
        "the last four of her phone, 4417, are on the form.",
        "her card's last four, 9921",
        "On the phone she gave me the last four of her mobile, 7712, so I could text her.",
        "Over the phone he read out the last four of his landline, 3321, to check.",
        "Llené la ficha de inscripción 2024-2025 para el taller.",
    ):
        assert [v for c, v in found(text) if c == "SSN"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("her own mother-in-law, 93 and apparently still the boss of the house, rang", "93"),
        ("Agnes, 93 and still sharp, came in.", "93"),
        ("his grandmother at 91 is roasting him about hygiene.", "91"),
        ("her mum at 90 still drives.", "90"),
    ],
)
def test_an_age_over_89_after_a_person_before_and_or_after_at(text, expected):
    assert ("AGE_OVER_89", expected) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the waitlist, 93 and still growing.",
        "Rooms 92 and 93 are free; the list, 93 and counting.",
        "his pulse at 95 was fine.",
        "my grandmother at 91 Elm Street is lovely.",
        # a review's sentences: counts, words of address, rates and measures
        "Thanks mate, 90 and the rest I'll send tomorrow.",
        "We ran the numbers with the parents, 94 and the rest from the school survey.",
        "Scores for Grace, 95 and the others were lower.",
        "We cap each client at 90 per worker, which is already too many.",
        "My patient at 110 bpm was clearly anxious, not septic.",
        "his mum at 90/60 was dizzy so we held the quetiapine.",
        "We discharged patients at 95 a week during the worst of covid.",
    ],
)
def test_counts_measures_and_houses_are_no_ages(text):
    assert [v for c, v in found(text) if c == "AGE_OVER_89"] == []


@pytest.mark.parametrize(
    ("text", "category", "expected"),
    [
        (
            'Our notes are very dry, ficha 338-271, "T. de pánico", but the sessions',
            "MRN",
            "338-271",
        ),
        ("Número de ficha 11223, revisar alergias.", "MRN", "11223"),
        ("Abraços,\nPsicóloga, CRP 04/51873", "LICENSE_NUMBER", "04/51873"),
        ("Mia nonna fa novantadue anni domani e vuole una festa.", "AGE_OVER_89", "novantadue"),
        (
            "she told me: \"Mija, I'm noventa y siete, I don't need a psychologist\"",
            "AGE_OVER_89",
            "noventa y siete",
        ),
        ("She said she is noventa e dois and still dancing.", "AGE_OVER_89", "noventa e dois"),
    ],
)
def test_cues_of_records_and_registrations_and_ages_in_romance_words(text, category, expected):
    assert (category, expected) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Eso pasó hace noventa años, en otra época.",
        "Isso foi há noventa anos.",
        "Her CRP was 12 and her ESR was normal.",
        "CRP 45 mg/L on admission.",
        "CRP 56/112, we're watching it.",
        "Abuela has lived in that house for noventa años.",
        "met him at noventa, the bar on the corner, for a coffee",
        "La colegiatura 4800 mensuales es impagable para esta familia.",
    ],
)
def test_a_time_ago_and_a_blood_test_are_no_ages_or_registrations(text):
    assert [c for c, _ in found(text) if c in {"AGE_OVER_89", "LICENSE_NUMBER"}] == []
