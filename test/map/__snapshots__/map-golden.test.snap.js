/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["example, en, 600"] = 
`summary: Incidents documented in 2 of 3 regions; most in North (1). 1 incident without a stated location.
measure: incidents
filter: {"categoryIds":[],"regionIds":[]}
shown: arrests protest-ban unlocated
drawn: XA-01 XA-02 XA-03
keyboard order: XA-01 capital XA-02
names: XA-01 "North", XA-02 "South", XA-03 "Islands"
legend: s3 "1"
  no data true, places true, unlocated 1, without a number 2, not on the map 0, neighbours failed false
counts: all 3 incidents, 2 people, 2 without a number; unlocated 1 incidents, 0 people, 1 without a number
  region XA-01: 1 incidents, 2 people, 0 without a number
  region XA-02: 1 incidents, 0 people, 1 without a number
  place capital: 1 incidents, 2 people, 0 without a number
drawing: 600 × 638
land: -
neighbours: -
region XA-01 s3: North: 1 incident
  M8,320L8,8.2L300,8.2L300,320Z
region XA-02 s3: South: 1 incident
  M8,629.8L8,320L300,320L300,629.8Z
region XA-03 no-data: Islands: No data
  M300,629.8L300,320L592,320L592,629.8Z
place capital at 154,242.2: Capital (named place): 1 incident
label place capital "Capital" at 162,242.2 start
label region XA-01 "North" at 154,164.1 middle
label region XA-03 "Islands" at 446,474.9 middle
label region XA-02 "South" at 154,474.9 middle`;
/* end snapshot example, en, 600 */

snapshots["example, ko, 600"] = 
`summary: 전체 3개 지역 중 2곳에서 사건이 기록되었으며, 북부이(가) 가장 많습니다 (1). 장소가 밝혀지지 않은 사건 1건.
measure: incidents
filter: {"categoryIds":[],"regionIds":[]}
shown: arrests protest-ban unlocated
drawn: XA-01 XA-02 XA-03
keyboard order: XA-01 capital XA-02
names: XA-01 "북부", XA-02 "남부", XA-03 "섬 지역"
legend: s3 "1"
  no data true, places true, unlocated 1, without a number 1, not on the map 0, neighbours failed false
counts: all 3 incidents, 1202 people, 1 without a number; unlocated 1 incidents, 0 people, 1 without a number
  region XA-01: 1 incidents, 2 people, 0 without a number
  region XA-02: 1 incidents, 1200 people, 0 without a number
  place capital: 1 incidents, 2 people, 0 without a number
  place port: 1 incidents, 1200 people, 0 without a number
drawing: 600 × 638
land: -
neighbours: -
region XA-01 s3: 북부: 사건 1건
  M8,320L8,8.2L300,8.2L300,320Z
region XA-02 s3: 남부: 사건 1건
  M8,629.8L8,320L300,320L300,629.8Z
region XA-03 no-data: 섬 지역: 데이터 없음
  M300,629.8L300,320L592,320L592,629.8Z
place capital at 154,242.2: 수도 (지명): 사건 1건
label place capital "수도" at 162,242.2 start
label region XA-01 "북부" at 154,164.1 middle
label region XA-03 "섬 지역" at 446,474.9 middle
label region XA-02 "남부" at 154,474.9 middle`;
/* end snapshot example, ko, 600 */

snapshots["example, en, filter XA-02 2024-07..2024-12"] = 
`summary: Incidents documented in 2 of 3 regions; most in North (1). 1 incident without a stated location.
measure: incidents
filter: {"categoryIds":[],"regionIds":["XA-02"],"from":"2024-07","to":"2024-12"}
shown: arrests protest-ban unlocated
drawn: XA-01 XA-02 XA-03
keyboard order: XA-01 capital XA-02
names: XA-01 "North", XA-02 "South", XA-03 "Islands"
legend: s3 "1"
  no data true, places true, unlocated 1, without a number 2, not on the map 0, neighbours failed false
counts: all 3 incidents, 2 people, 2 without a number; unlocated 1 incidents, 0 people, 1 without a number
  region XA-01: 1 incidents, 2 people, 0 without a number
  region XA-02: 1 incidents, 0 people, 1 without a number
  place capital: 1 incidents, 2 people, 0 without a number
drawing: 600 × 638
land: -
neighbours: -
region XA-01 s3: North: 1 incident
  M8,320L8,8.2L300,8.2L300,320Z
region XA-02 s3 filtered: South: 1 incident, filtered
  M8,629.8L8,320L300,320L300,629.8Z
region XA-03 no-data: Islands: No data
  M300,629.8L300,320L592,320L592,629.8Z
place capital at 154,242.2: Capital (named place): 1 incident
label place capital "Capital" at 162,242.2 start
label region XA-01 "North" at 154,164.1 middle
label region XA-03 "Islands" at 446,474.9 middle
label region XA-02 "South" at 154,474.9 middle`;
/* end snapshot example, en, filter XA-02 2024-07..2024-12 */

snapshots["example, en, 360"] = 
`summary: Incidents documented in 2 of 3 regions; most in North (1). 1 incident without a stated location.
measure: incidents
filter: {"categoryIds":[],"regionIds":[]}
shown: arrests protest-ban unlocated
drawn: XA-01 XA-02 XA-03
keyboard order: XA-01 capital XA-02
names: XA-01 "North", XA-02 "South", XA-03 "Islands"
legend: s3 "1"
  no data true, places true, unlocated 1, without a number 2, not on the map 0, neighbours failed false
counts: all 3 incidents, 2 people, 2 without a number; unlocated 1 incidents, 0 people, 1 without a number
  region XA-01: 1 incidents, 2 people, 0 without a number
  region XA-02: 1 incidents, 0 people, 1 without a number
  place capital: 1 incidents, 2 people, 0 without a number
drawing: 360 × 383
land: -
neighbours: -
region XA-01 s3: North: 1 incident
  M8,192.1L8,8.4L180,8.4L180,192.1Z
region XA-02 s3: South: 1 incident
  M8,374.6L8,192.1L180,192.1L180,374.6Z
region XA-03 no-data: Islands: No data
  M180,374.6L180,192.1L352,192.1L352,374.6Z
place capital at 94,146.3: Capital (named place): 1 incident
label place capital "Capital" at 102,146.3 start
label region XA-01 "North" at 94,100.3 middle
label region XA-03 "Islands" at 266,283.3 middle
label region XA-02 "South" at 94,283.3 middle`;
/* end snapshot example, en, 360 */

snapshots["armenia, en, 600"] = 
`summary: Incidents documented in 5 of 11 regions; most in Shirak (4). 2 incidents without a stated location.
measure: incidents
filter: {"categoryIds":[],"regionIds":[]}
shown: sh-1 sh-2 sh-3 sh-4 er-1 er-2 lo-1 su-1 ag-1 none-1 none-2
drawn: AM-AG AM-AV AM-SH AM-TV AM-AR AM-GR AM-KT AM-LO AM-ER AM-SU AM-VD
keyboard order: AM-LO AM-TV gyumri AM-SH AM-AG AM-KT AM-GR yerevan AM-ER AM-AV AM-AR AM-SU
names: AM-AG "Aragatsotn", AM-AR "Ararat", AM-AV "Armavir", AM-ER "Yerevan", AM-GR "Gegharkunik", AM-KT "Kotayk", AM-LO "Lori", AM-SH "Shirak", AM-SU "Syunik", AM-TV "Tavush", AM-VD "Vayots Dzor"
legend: s1 "1", s2 "2", s4 "3", s5 "4"
  no data true, places true, unlocated 2, without a number 6, not on the map 0, neighbours failed false
counts: all 11 incidents, 61 people, 6 without a number; unlocated 2 incidents, 5 people, 1 without a number
  region AM-AG: 1 incidents, 0 people, 1 without a number
  region AM-AR: 0 incidents, 0 people, 0 without a number
  region AM-AV: 0 incidents, 0 people, 0 without a number
  region AM-ER: 2 incidents, 40 people, 1 without a number
  region AM-GR: 0 incidents, 0 people, 0 without a number
  region AM-KT: 0 incidents, 0 people, 0 without a number
  region AM-LO: 1 incidents, 1 people, 0 without a number
  region AM-SH: 4 incidents, 15 people, 2 without a number
  region AM-SU: 1 incidents, 0 people, 1 without a number
  region AM-TV: 0 incidents, 0 people, 0 without a number
  place gyumri: 2 incidents, 12 people, 1 without a number
  place yerevan: 1 incidents, 40 people, 0 without a number
  place goris: 1 incidents, 0 people, 1 without a number
drawing: 600 × 602
land: -
neighbours: -
region AM-AG s1: Aragatsotn: 1 incident
  213 points in 37.1,142.3 – 214,277.5, #7610a1f
region AM-AV s0: Armavir: 0 incidents
  99 points in 47.9,253.4 – 193.2,320.1, #cc726d08
region AM-SH s5: Shirak: 4 incidents
  199 points in 8,39.4 – 148.6,223.4, #2536113c
region AM-TV s0: Tavush: 0 incidents
  183 points in 250.7,8.5 – 407.3,167.9, #780641cb
region AM-AR s0: Ararat: 0 incidents
  106 points in 176.7,282.4 – 316.6,393.6, #5bbeb647
region AM-GR s0: Gegharkunik: 0 incidents
  161 points in 257.3,144.6 – 477.5,354.5, #38264628
region AM-KT s0: Kotayk: 0 incidents
  131 points in 187.3,152.8 – 301.9,302.1, #1edbf41
region AM-LO s1: Lori: 1 incident
  212 points in 105.7,23.3 – 285.1,162.1, #74a93dcf
region AM-ER s2: Yerevan: 2 incidents
  63 points in 189.1,266.9 – 231.4,309.1, #76f82b55
region AM-SU s1: Syunik: 1 incident
  126 points in 425.7,358 – 592,593.5, #9a0e0939
region AM-VD no-data: Vayots Dzor: No data
  70 points in 310.3,322.4 – 445.6,445.1, #39031522
place gyumri at 84.3,130.9: Gyumri (named place): 2 incidents
place yerevan at 206,278.8: Yerevan (named place): 1 incident
label place gyumri "Gyumri" at 92.3,130.9 start
label place yerevan "Yerevan" at 214,278.8 start
label region AM-GR "Gegharkunik" at 358.4,251.9 middle
label region AM-SU "Syunik" at 506.6,478.4 middle
label region AM-LO "Lori" at 196.8,88 middle
label region AM-SH "Shirak" at 84.6,112.8 middle
label region AM-AG "Aragatsotn" at 137.7,220.1 middle
label region AM-TV "Tavush" at 318.4,104.1 middle
label region AM-VD "Vayots Dzor" at 377.8,381.9 middle
label region AM-KT "Kotayk" at 239.8,230.3 middle
label region AM-AR "Ararat" at 257.4,335.2 middle
label region AM-AV "Armavir" at 118.5,289.7 middle
label region AM-ER "Yerevan" at 210.9,301.6 middle`;
/* end snapshot armenia, en, 600 */

snapshots["armenia, ko, people, 360 × 300, filter expression AM-SH"] = 
`summary: 전체 11개 지역 중 3곳에서 피해 인원이 기록되었으며, 예레반이(가) 가장 많습니다 (40). 장소가 밝혀지지 않은 사건 2건.
measure: people
filter: {"categoryIds":["expression"],"regionIds":["AM-SH"]}
shown: sh-1 sh-2 sh-4 er-1 lo-1 su-1 none-1 none-2
drawn: AM-AG AM-AV AM-SH AM-TV AM-AR AM-GR AM-KT AM-LO AM-ER AM-SU AM-VD
keyboard order: AM-LO gyumri AM-SH AM-TV AM-AG AM-KT yerevan AM-ER AM-GR AM-AV AM-AR AM-SU
names: AM-AG "아라가초튼", AM-AR "아라라트", AM-AV "아르마비르", AM-ER "예레반", AM-GR "게하르쿠니크", AM-KT "코타이크", AM-LO "로리", AM-SH "시라크", AM-SU "시우니크", AM-TV "타부시", AM-VD "Vayots Dzor"
legend: s1 "1–10", s2 "11–20", s4 "21–30", s5 "31–40"
  no data true, places true, unlocated 2, without a number 4, not on the map 0, neighbours failed false
counts: all 8 incidents, 58 people, 4 without a number; unlocated 2 incidents, 5 people, 1 without a number
  region AM-AG: 0 incidents, 0 people, 0 without a number
  region AM-AR: 0 incidents, 0 people, 0 without a number
  region AM-AV: 0 incidents, 0 people, 0 without a number
  region AM-ER: 1 incidents, 40 people, 0 without a number
  region AM-GR: 0 incidents, 0 people, 0 without a number
  region AM-KT: 0 incidents, 0 people, 0 without a number
  region AM-LO: 1 incidents, 1 people, 0 without a number
  region AM-SH: 3 incidents, 12 people, 2 without a number
  region AM-SU: 1 incidents, 0 people, 1 without a number
  region AM-TV: 0 incidents, 0 people, 0 without a number
  place gyumri: 2 incidents, 12 people, 1 without a number
  place yerevan: 1 incidents, 40 people, 0 without a number
  place goris: 1 incidents, 0 people, 1 without a number
drawing: 360 × 300
land: -
neighbours: -
region AM-AG s0: 아라가초튼: 0명, 사건 0건
  163 points in 52.4,73 – 138.3,138.6, #7878c552
region AM-AV s0: 아르마비르: 0명, 사건 0건
  86 points in 57.6,127 – 128.2,159.3, #f65c0903
region AM-SH s2 filtered: 시라크: 12명, 사건 3건, 필터 적용됨
  155 points in 38.3,23 – 106.3,112.3, #54011fbf
region AM-TV s0: 타부시: 0명, 사건 0건
  159 points in 156.1,8 – 232.1,85.4, #6327f94b
region AM-AR s0: 아라라트: 0명, 사건 0건
  90 points in 120.2,141 – 188.1,194.9, #f7d9dad9
region AM-GR s0: 게하르쿠니크: 0명, 사건 0건
  143 points in 159.3,74.1 – 266.1,175.9, #8fe39b11
region AM-KT s0: 코타이크: 0명, 사건 0건
  112 points in 125.3,78.1 – 180.9,150.5, #d92b7822
region AM-LO s1: 로리: 1명, 사건 1건
  179 points in 85.7,15.2 – 172.8,82.6, #aa9f8b72
region AM-ER s5: 예레반: 40명, 사건 1건
  47 points in 126.2,133.5 – 146.7,153.9, #bf833028
region AM-SU s0: 시우니크: 0명, 사건 1건
  123 points in 241,177.6 – 321.7,292, #44f725c5
region AM-VD no-data: Vayots Dzor: 데이터 없음
  67 points in 185,160.4 – 250.7,220, #b624a7b3
place gyumri at 75.3,67.4: 귬리 (지명): 12명, 사건 2건
place yerevan at 134.4,139.2: 예레반 (지명): 40명, 사건 1건
label place gyumri "귬리" at 83.3,67.4 start
label place yerevan "예레반" at 142.4,139.2 start
label region AM-GR "게하르쿠니크" at 208.3,111.2 middle
label region AM-SU "시우니크" at 280.3,236.1 middle
label region AM-LO "로리" at 129.9,46.6 middle
label region AM-SH "시라크" at 75.4,50.9 middle
label region AM-AG "아라가초튼" at 101.2,110.7 middle
label region AM-TV "타부시" at 188.9,54.4 middle
label region AM-VD "Vayots Dzor" at 217.8,189.3 middle
label region AM-AR "아라라트" at 159.3,166.6 middle
label region AM-AV "아르마비르" at 91.9,144.5 middle`;
/* end snapshot armenia, ko, people, 360 × 300, filter expression AM-SH */

snapshots["synthetic korea 40, en, 700, built-in"] = 
`summary: Incidents documented in 11 of 11 regions; most in Pyongyang (9). 4 incidents without a stated location.
measure: incidents
filter: {"categoryIds":[],"regionIds":[]}
shown: k0 k1 k2 k3 k4 k5 k6 k7 k8 k9 k10 k11 k12 k13 k14 k15 k16 k17 k18 k19 k20 k21 k22 k23 k24 k25 k26 k27 k28 k29 k30 k31 k32 k33 k34 k35 k36 k37 k38 k39
drawn: KP-01 KP-02 KP-03 KP-04 KP-05 KP-06 KP-07 KP-08 KP-09 KP-10 KP-13
keyboard order: hoeryong KP-13 KP-09 KP-10 KP-04 KP-08 sinuiju KP-03 KP-02 KP-01 KP-07 KP-06 KP-05
names: KP-01 "Pyongyang", KP-02 "South Pyongan", KP-03 "North Pyongan", KP-04 "Chagang", KP-05 "South Hwanghae", KP-06 "North Hwanghae", KP-07 "Kangwon", KP-08 "South Hamgyong", KP-09 "North Hamgyong", KP-10 "Ryanggang", KP-13 "Rason"
legend: s1 "1–2", s2 "3–4", s3 "5–6", s4 "7–8", s5 "9–10"
  no data false, places true, unlocated 4, without a number 14, not on the map 0, neighbours failed false
counts: all 40 incidents, 237 people, 14 without a number; unlocated 4 incidents, 35 people, 1 without a number
  region KP-01: 9 incidents, 65 people, 2 without a number
  region KP-02: 3 incidents, 2 people, 2 without a number
  region KP-03: 3 incidents, 27 people, 1 without a number
  region KP-04: 3 incidents, 15 people, 2 without a number
  region KP-05: 2 incidents, 14 people, 1 without a number
  region KP-06: 5 incidents, 21 people, 1 without a number
  region KP-07: 2 incidents, 22 people, 0 without a number
  region KP-08: 5 incidents, 17 people, 3 without a number
  region KP-09: 1 incidents, 17 people, 0 without a number
  region KP-10: 1 incidents, 2 people, 0 without a number
  region KP-13: 2 incidents, 0 people, 1 without a number
drawing: 700 × 640
land: 169 points in 68.3,364.8 – 418.8,625.5, #d27e663c
neighbours: 220 points in 0,0 – 700,640, #42e62281
region KP-01 s5: Pyongyang: 9 incidents
  172 points in 177.9,449.2 – 254.8,515.2, #60fc0fa5
region KP-02 s2: South Pyongan: 3 incidents
  533 points in 143.5,327.1 – 325.2,520.7, #8b3c5fb3
region KP-03 s2: North Pyongan: 3 incidents
  359 points in 61,290 – 253.4,432.6, #f8c7ee65
region KP-04 s2: Chagang: 3 incidents
  316 points in 168.2,153.9 – 344.3,367.4, #1eafab25
region KP-05 s1: South Hwanghae: 2 incidents
  508 points in 101.6,515.2 – 259.3,632, #ca09d0f4
region KP-06 s3: North Hwanghae: 5 incidents
  350 points in 182.4,462.4 – 311,620.8, #49396f82
region KP-07 s1: Kangwon: 2 incidents
  229 points in 280.8,434.1 – 431,575.6, #de0f43c2
region KP-08 s3: South Hamgyong: 5 incidents
  474 points in 280.1,228.5 – 501.7,458, #e5dcad18
region KP-09 s1: North Hamgyong: 1 incident
  381 points in 461.1,8 – 616.8,300.1, #c756b148
region KP-10 s1: Ryanggang: 1 incident
  376 points in 292.6,124.4 – 481.9,319.3, #cfb462f8
region KP-13 s1: Rason: 2 incidents
  91 points in 593.6,56.6 – 639,112.5, #b996bd0c
place hoeryong at 554.2,77.3: Hoeryong (named place): No data
place sinuiju at 77.8,354.6: Sinuiju (named place): No data
label place hoeryong "Hoeryong" at 562.2,77.3 start
label place sinuiju "Sinuiju" at 85.8,354.6 start
label region KP-08 "South Hamgyong" at 380.2,334.6 middle
label region KP-09 "North Hamgyong" at 532.7,153.7 middle
label region KP-04 "Chagang" at 263.3,276.5 middle
label region KP-10 "Ryanggang" at 402.4,215.1 middle
label region KP-03 "North Pyongan" at 156.2,376.1 middle
label region KP-02 "South Pyongan" at 239.2,425.6 middle
label region KP-07 "Kangwon" at 350.6,513.7 middle
label region KP-06 "North Hwanghae" at 253.1,536.7 middle
label region KP-05 "South Hwanghae" at 179.8,573.7 middle
label region KP-01 "Pyongyang" at 213.5,482 middle
label region KP-13 "Rason" at 615.4,100.8 middle`;
/* end snapshot synthetic korea 40, en, 700, built-in */

